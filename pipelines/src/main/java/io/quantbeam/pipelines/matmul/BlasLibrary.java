package io.quantbeam.pipelines.matmul;

import io.quantbeam.models.matmul.BlasThreads;
import io.quantbeam.models.matmul.BlockGemm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.Stream;

/** Says which BLAS this JVM multiplies with: the binding's implementation and, for JNI, the native library file. */
final class BlasLibrary {

  private static final Path MAPS = Path.of("/proc/self/maps");

  private BlasLibrary() {}

  /** E.g. {@code ; OpenBLAS uses 1 thread per call in this JVM}, or empty where the BLAS cannot tell. */
  static String threadsInUse() {
    OptionalInt threads = BlasThreads.current();
    return threads.isPresent()
        ? "; OpenBLAS uses " + threads.getAsInt() + " thread" + (threads.getAsInt() == 1 ? "" : "s") + " per call here"
        : "";
  }

  /** E.g. {@code dev.ludovic.netlib.blas.JNIBLAS (/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblasp-r0.3.21.so)}. */
  static String describe() {
    String implementation = BlockGemm.implementation();
    if (!BlockGemm.isNative()) {
      return implementation + " — pure Java, far slower than native: install libopenblas0 (Debian) for OpenBLAS";
    }
    if (!Files.isReadable(MAPS)) {
      return implementation;
    }
    // The JNI shim dlopen()s libblas.so.3; the mapped files show what that resolved to.
    try (Stream<String> lines = Files.lines(MAPS)) {
      String libraries = lines
          .map(line -> line.substring(line.lastIndexOf(' ') + 1))
          .filter(path -> path.startsWith("/") && path.contains("blas") && !path.contains("netlibblasjni"))
          .distinct()
          .reduce((a, b) -> a + ", " + b)
          .orElse("native library not found in /proc/self/maps");
      return implementation + " (" + libraries + ")";
    } catch (IOException | RuntimeException e) {
      return implementation;
    }
  }
}
