package io.quantbeam.pipelines.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's package) driven over the DevTools protocol: load a page,
 * collect console errors and uncaught exceptions, evaluate JavaScript, take a screenshot.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Void> loaded = new CompletableFuture<>();

  public static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  public HeadlessChromium() throws Exception {
    profile = Files.createTempDirectory("chromium-profile");
    process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=" + profile,
        "--window-size=1200,1400", "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(profile.resolve("chromium.log").toFile())
        .start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        close();
        throw new IOException("chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
      }
      Thread.sleep(100);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    String pageSocket = null;
    for (JsonNode target : targets) {
      if ("page".equals(target.path("type").asText())) {
        pageSocket = target.get("webSocketDebuggerUrl").asText();
      }
    }
    if (pageSocket == null) {
      close();
      throw new IOException("chromium has no page target: " + targets);
    }
    socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener()).join();
    call("Runtime.enable", JSON.createObjectNode());
    call("Log.enable", JSON.createObjectNode());
    call("Page.enable", JSON.createObjectNode());
  }

  /** Loads {@code file} and waits for its load event. */
  public void open(Path file) throws Exception {
    ObjectNode params = JSON.createObjectNode().put("url", file.toUri().toString());
    call("Page.navigate", params);
    loaded.get(30, TimeUnit.SECONDS);
  }

  /** Console errors, uncaught exceptions and failed loads seen so far. */
  public List<String> errors() {
    return new ArrayList<>(errors);
  }

  /** The value of a JavaScript expression (numbers, strings, booleans). */
  public JsonNode evaluate(String expression) throws Exception {
    JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** A full-page PNG screenshot. */
  public void screenshot(Path png) throws Exception {
    JsonNode result = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true));
    Files.createDirectories(png.getParent());
    Files.write(png, Base64.getDecoder().decode(result.get("data").asText()));
  }

  private JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(JSON.writeValueAsString(message), true).join();
    JsonNode reply = answer.get(30, TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IOException(method + " failed: " + reply.get("error"));
    }
    return reply.path("result");
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        handle(partial.toString());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    private void handle(String text) {
      try {
        JsonNode message = JSON.readTree(text);
        if (message.has("id")) {
          CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
          if (answer != null) {
            answer.complete(message);
          }
          return;
        }
        String method = message.path("method").asText();
        JsonNode params = message.path("params");
        switch (method) {
          case "Runtime.consoleAPICalled" -> {
            if ("error".equals(params.path("type").asText()) || "assert".equals(params.path("type").asText())) {
              errors.add("console: " + params.path("args"));
            }
          }
          case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
          case "Log.entryAdded" -> {
            if ("error".equals(params.path("entry").path("level").asText())) {
              errors.add("log: " + params.path("entry").path("text").asText() + " " + params.path("entry").path("url").asText());
            }
          }
          case "Page.loadEventFired" -> loaded.complete(null);
          default -> { }
        }
      } catch (IOException e) {
        errors.add("unreadable DevTools message: " + e.getMessage());
      }
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteProfile();
  }

  /** The browser's throw-away profile folder; files it may still be writing are left to the OS. */
  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp folder
    }
  }
}
