package io.quantbeam.pipelines;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Entry point behind {@code mvn compile exec:java -Dpipeline=<name> [-Drunner=<Runner>] -Dexec.args="…"}
 * and behind {@code java -jar}: picks the pipeline from the catalog and runs its {@code main}.
 *
 * <p>Under {@code exec:java} the project's classes sit in a child class loader of Maven's JVM.
 * Flink's embedded cluster loads job classes through the system class loader and Spark needs
 * JVM flags, so there the launcher re-runs itself in a fresh JVM on the same class path (the
 * same thing {@code exec:exec} would do) and passes its exit code on.
 */
public final class Launcher {

  /** JVM flags Spark 3.5 needs on Java 17 (what spark-submit adds); unknown ones are ignored. */
  private static final List<String> FORKED_JVM_FLAGS = List.of(
      "-XX:+IgnoreUnrecognizedVMOptions",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
      "-Djdk.reflect.useDirectMethodHandle=false");

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = new ArrayList<>(Arrays.asList(args));
    String name = System.getProperty("pipeline");
    if (name == null && !arguments.isEmpty() && !arguments.get(0).startsWith("-")) {
      name = arguments.remove(0);
    }
    if (name == null || name.isBlank()) {
      fail("name a pipeline with -Dpipeline=<name> (or as the first argument). Pipelines:");
    }
    String pipelineName = name.trim();
    PipelineCatalog pipeline = PipelineCatalog.byName(pipelineName)
        .orElseGet(() -> fail("unknown pipeline '" + pipelineName + "'. Pipelines:"));
    String runner = System.getProperty("runner");
    if (runner != null && !runner.isBlank() && arguments.stream().noneMatch(a -> a.startsWith("--runner="))) {
      arguments.add(0, "--runner=" + runner.trim());
    }

    Optional<String> childClassPath = classPathOfChildLoader();
    if (childClassPath.isPresent()) {
      System.exit(runForked(childClassPath.get(), pipeline, arguments));
    }
    pipeline.main(arguments.toArray(String[]::new));
  }

  private static <T> T fail(String message) {
    System.err.println("quantbeam: " + message);
    System.err.println(PipelineCatalog.listing());
    System.exit(2);
    throw new AssertionError("unreachable");
  }

  /**
   * The class path to fork with when this class runs in a child class loader inside Maven
   * ({@code exec:java}). Elsewhere (java -jar, spark-submit, a Flink cluster) it runs in place.
   */
  private static Optional<String> classPathOfChildLoader() throws URISyntaxException {
    ClassLoader loader = Launcher.class.getClassLoader();
    boolean insideMaven = System.getProperty("maven.home") != null || System.getProperty("classworlds.conf") != null;
    if (!insideMaven || loader == ClassLoader.getSystemClassLoader() || !(loader instanceof URLClassLoader urls)) {
      return Optional.empty();
    }
    List<String> entries = new ArrayList<>();
    for (URL url : urls.getURLs()) {
      entries.add(Path.of(url.toURI()).toString());
    }
    return Optional.of(String.join(File.pathSeparator, entries));
  }

  private static int runForked(String classPath, PipelineCatalog pipeline, List<String> arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(FORKED_JVM_FLAGS);
    String jvmArgs = System.getProperty("quantbeam.jvmArgs", "");
    if (!jvmArgs.isBlank()) {
      command.addAll(Arrays.asList(jvmArgs.trim().split("\\s+")));
    }
    command.add("-cp");
    command.add(classPath);
    command.add(Launcher.class.getName());
    command.add(pipeline.pipelineName());
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    if (System.getenv("SPARK_LOCAL_IP") == null && arguments.stream()
        .noneMatch(a -> a.startsWith("--sparkMaster=") && !a.startsWith("--sparkMaster=local"))) {
      // Spark in this JVM is local: bind it to loopback (else it warns that the host name resolves
      // to loopback and picks another interface). A remote --sparkMaster keeps Spark's own choice.
      builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    }
    Process child = builder.start();
    Thread stopChild = new Thread(child::destroy, "quantbeam-stop-child");
    Runtime.getRuntime().addShutdownHook(stopChild);
    int exitCode = child.waitFor();
    Runtime.getRuntime().removeShutdownHook(stopChild);
    return exitCode;
  }
}
