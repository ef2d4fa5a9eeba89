package io.quantbeam.pipelines.fanout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A local S3 endpoint: Adobe S3Mock as its own JVM on 127.0.0.1, started once per test JVM (shared
 * through JUnit's root store) and stopped, by its process handle, when the tests end.
 */
final class LocalS3 implements ExtensionContext.Store.CloseableResource {

  static final String BUCKET = "quantbeam-it";
  static final String REGION = "us-east-1";
  private static final String ACCESS_KEY = "quantbeam-it";
  private static final String SECRET_KEY = "quantbeam-it-secret";

  private final Process process;
  private final int port;
  private final S3Client client;
  private final Path log;

  private LocalS3(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.client = S3Client.builder()
        .endpointOverride(URI.create(endpoint(port)))
        .region(Region.of(REGION))
        .forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
        .build();
  }

  /** Injects the endpoint shared by every test class of this JVM: {@code @BeforeAll static void f(LocalS3 s3)}. */
  static final class Shared implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == LocalS3.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(LocalS3.class, key -> start(), LocalS3.class);
    }
  }

  private static LocalS3 start() {
    Path dir = ItPaths.freshFolder("s3mock");
    Path log = dir.resolve("s3mock.log");
    int httpPort = freePort();
    int httpsPort = freePort();
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-jar", ItPaths.s3MockJar().toString(),
        "--server.address=127.0.0.1",
        "--server.port=" + httpsPort,
        "--com.adobe.testing.s3mock.httpPort=" + httpPort,
        "--com.adobe.testing.s3mock.store.root=" + dir.resolve("store"),
        "--com.adobe.testing.s3mock.store.initialBuckets=" + BUCKET);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-s3mock"));
      awaitReady(process, httpPort, log);
      return new LocalS3(process, httpPort, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitReady(Process process, int port, Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("S3Mock exited (" + process.exitValue() + "):\n" + TreeFiles.tail(log, 40));
      }
      try {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(endpoint(port) + "/" + BUCKET))
            .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException("S3Mock did not answer on port " + port + " within 180 s:\n" + TreeFiles.tail(log, 40));
  }

  int port() {
    return port;
  }

  /**
   * Pipeline options that reach this endpoint (or a proxy in front of it on {@code port}): all
   * through Beam's and quantbeam's options, as for any S3-compatible store. The endpoint is named
   * {@code localhost}, not 127.0.0.1: for an IP address the SDK puts the bucket in the path by
   * itself, and the path-style option would go untested.
   */
  static List<String> pipelineOptions(int port) {
    return List.of(
        "--endpoint=http://localhost:" + port,
        "--awsRegion=" + REGION,
        "--s3PathStyleAccess=true",
        "--awsCredentialsProvider={\"@type\":\"StaticCredentialsProvider\",\"accessKeyId\":\"" + ACCESS_KEY
            + "\",\"secretAccessKey\":\"" + SECRET_KEY + "\"}");
  }

  /** Stores {@code content} (UTF-8) under {@code key} in the test bucket. */
  void put(String key, String content) {
    client.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(content));
  }

  /** Keys under {@code prefix} in the test bucket. */
  List<String> keys(String prefix) {
    return client.listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix(prefix)).contents().stream()
        .map(S3Object::key).toList();
  }

  /** Copies every object under {@code prefix} to {@code folder}, keeping the key's path below the prefix. */
  void download(String prefix, Path folder) {
    for (String key : keys(prefix)) {
      Path target = folder.resolve(key.substring(prefix.length()).replaceFirst("^/", ""));
      TreeFiles.createDirectories(target.getParent());
      client.getObject(GetObjectRequest.builder().bucket(BUCKET).key(key).build(), ResponseTransformer.toFile(target));
    }
  }

  @Override
  public void close() {
    client.close();
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  Path log() {
    return log;
  }

  static String endpoint(int port) {
    return "http://127.0.0.1:" + port;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
