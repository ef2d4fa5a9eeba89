package io.quantbeam.models.matmul;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import java.util.OptionalInt;

/**
 * How many threads OpenBLAS gives each dgemm call in this process. OpenBLAS reads
 * {@code OPENBLAS_NUM_THREADS} only when it is loaded and a running JVM cannot set its own
 * environment, so this calls {@code openblas_set_num_threads} in the library the BLAS binding
 * loaded ({@code libblas.so.3}, see {@link BlockGemm}) through JNA. Other BLAS libraries have no
 * such call: then nothing changes and {@link #current()} is empty.
 *
 * <p>The setting is per process (OpenBLAS keeps one thread pool), so every task of a worker shares it.
 */
public final class BlasThreads {

  /** The library the binding's JNI shim opens with {@code dlopen}; opening it again gives the same instance. */
  private static final String LIBRARY = "libblas.so.3";

  private BlasThreads() {}

  /**
   * Gives each BLAS call {@code threads} threads from now on.
   *
   * @return whether the BLAS in use is OpenBLAS and took the setting
   * @throws IllegalArgumentException if {@code threads} &lt; 1
   */
  public static synchronized boolean set(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("BLAS threads must be >= 1, got " + threads);
    }
    if (!BlockGemm.isNative()) { // also loads the native library before its threads are set
      return false;
    }
    Function setter = function("openblas_set_num_threads");
    if (setter == null) {
      return false;
    }
    setter.invokeVoid(new Object[] {threads});
    return true;
  }

  /** Threads each BLAS call uses now, if the BLAS in use is OpenBLAS. */
  public static synchronized OptionalInt current() {
    if (!BlockGemm.isNative()) {
      return OptionalInt.empty();
    }
    Function getter = function("openblas_get_num_threads");
    return getter == null ? OptionalInt.empty() : OptionalInt.of(getter.invokeInt(new Object[0]));
  }

  private static Function function(String name) {
    try {
      return NativeLibrary.getInstance(LIBRARY).getFunction(name);
    } catch (UnsatisfiedLinkError e) { // not OpenBLAS (no such symbol), or no libblas.so.3
      return null;
    }
  }
}
