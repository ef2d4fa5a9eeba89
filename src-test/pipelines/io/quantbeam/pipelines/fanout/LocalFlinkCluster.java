package io.quantbeam.pipelines.fanout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The multi-process Flink session cluster of runner-configs/flink-cluster.sh, driven the way a
 * user drives it (the script), plus what the tests observe through the REST API. Every process it
 * stops or kills is one the script started and recorded in its pid files.
 */
final class LocalFlinkCluster implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final String flinkMaster;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Thread stopOnExit;

  private LocalFlinkCluster(Path dir) {
    this.dir = dir;
    this.flinkMaster = read(dir.resolve("flink-master")).trim();
    this.stopOnExit = new Thread(this::stopQuietly, "stop-flink-cluster");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /** Starts a cluster in {@code dir} with {@code taskManagers} TaskManagers of {@code slots} slots each. */
  static LocalFlinkCluster start(Path dir, int taskManagers, int slots) {
    script(dir, "start", "--task-managers", String.valueOf(taskManagers), "--slots", String.valueOf(slots),
        "--rest-port", "auto");
    return new LocalFlinkCluster(dir);
  }

  /** host:port for {@code --flinkMaster}. */
  String flinkMaster() {
    return flinkMaster;
  }

  /** Options that submit a job to this cluster with the Flink jar: the preset, pointed here. */
  List<String> submitOptions() {
    return List.of("--optionsFile=" + ItPaths.preset("flink-cluster"), "--flinkMaster=" + flinkMaster,
        "--filesToStage=" + ItPaths.flinkJar());
  }

  /** GET on the REST API, parsed. */
  JsonNode rest(String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + flinkMaster + path))
        .timeout(Duration.ofSeconds(10)).GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  int finishedJobs() {
    return rest("/overview").get("jobs-finished").asInt();
  }

  /** The process of TaskManager {@code index} (taskmanager-&lt;index&gt;, as the script names them). */
  ProcessHandle taskManager(int index) {
    long pid = Long.parseLong(read(dir.resolve("pids/taskmanager-" + index + ".pid")).trim());
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .orElseThrow(() -> new IllegalStateException("taskmanager-" + index + " (pid " + pid + ") is not running"));
  }

  /**
   * Whether job {@code jobId} is midway on TaskManager {@code index}: at least one of its stages
   * has finished everywhere, and tasks of a later one are running there.
   */
  boolean isMidwayOn(String jobId, int index) {
    String id = "taskmanager-" + index;
    JsonNode job = rest("/jobs/" + jobId);
    if (!job.get("state").asText().equals("RUNNING")) {
      return false;
    }
    boolean someStageDone = false;
    int runningThere = 0;
    for (JsonNode vertex : job.get("vertices")) {
      someStageDone |= vertex.get("status").asText().equals("FINISHED");
      for (JsonNode tm : rest("/jobs/" + jobId + "/vertices/" + vertex.get("id").asText() + "/taskmanagers")
          .get("taskmanagers")) {
        if (tm.get("taskmanager-id").asText().equals(id)) {
          runningThere += tm.path("status-counts").path("RUNNING").asInt();
        }
      }
    }
    return someStageDone && runningThere > 0;
  }

  /** Kills TaskManager {@code index} with SIGKILL, as a lost machine would vanish, and waits until it is gone. */
  void killTaskManager(int index) throws InterruptedException {
    ProcessHandle process = taskManager(index);
    process.destroyForcibly();
    process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
  }

  /** Starts one more TaskManager (the script numbers it after the last one) and waits until it registered. */
  void addTaskManager() {
    script(dir, "add-taskmanager");
  }

  @Override
  public void close() {
    script(dir, "stop");
    Runtime.getRuntime().removeShutdownHook(stopOnExit);
  }

  private void stopQuietly() {
    try {
      script(dir, "stop");
    } catch (RuntimeException e) {
      System.err.println("could not stop the Flink cluster in " + dir + ": " + e.getMessage());
    }
  }

  private static void script(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("bash",
        ItPaths.repository().resolve("runner-configs/flink-cluster.sh").toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--dir", dir.toString()));
    Path log = dir.resolveSibling(dir.getFileName() + "-script.log");
    try {
      Files.createDirectories(dir);
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
      process.getOutputStream().close();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("flink-cluster.sh " + args[0] + " did not finish in 5 minutes; see " + log);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("flink-cluster.sh " + String.join(" ", args) + " failed ("
            + process.exitValue() + "):\n" + TreeFiles.tail(log, 40));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
