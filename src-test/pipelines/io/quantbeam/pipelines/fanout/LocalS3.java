package io.quantbeam.pipelines.fanout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A local S3 endpoint: S3Proxy (the S3 API over a local folder) as its own JVM on 127.0.0.1,
 * checking every request's AWS signature against the test credentials, started once per test JVM
 * (shared through JUnit's root store) and stopped, by its process handle, when the tests end.
 */
final class LocalS3 implements ExtensionContext.Store.CloseableResource {

  static final String BUCKET = "quantbeam-it";
  static final String REGION = "us-east-1";
  private static final String ACCESS_KEY = "quantbeam-it";
  private static final String SECRET_KEY = "quantbeam-it-secret";

  private final Process process;
  private final int port;
  private final S3Client client;

  private LocalS3(Process process, int port, S3Client client) {
    this.process = process;
    this.port = port;
    this.client = client;
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
    Path dir = ItPaths.freshFolder("s3proxy");
    Path log = dir.resolve("s3proxy.log");
    int port = freePort();
    try {
      Path data = Files.createDirectories(dir.resolve("data"));
      Path config = Files.writeString(dir.resolve("s3proxy.conf"), String.join("\n",
          "s3proxy.endpoint=" + endpoint(port),
          "s3proxy.authorization=aws-v2-or-v4",
          "s3proxy.identity=" + ACCESS_KEY,
          "s3proxy.credential=" + SECRET_KEY,
          // Beam always sends x-amz-server-side-encryption-bucket-key-enabled
          "s3proxy.ignore-unknown-headers=true",
          "jclouds.provider=filesystem",
          "jclouds.filesystem.basedir=" + data));
      List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
          "-jar", ItPaths.s3ProxyJar().toString(), "--properties", config.toString());
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-s3proxy"));
      S3Client client = S3Client.builder()
          .endpointOverride(URI.create(endpoint(port)))
          .region(Region.of(REGION))
          .forcePathStyle(true)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
          .build();
      awaitReady(process, client, log);
      client.createBucket(b -> b.bucket(BUCKET));
      return new LocalS3(process, port, client);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitReady(Process process, S3Client client, Path log) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("S3Proxy exited (" + process.exitValue() + "):\n" + TreeFiles.tail(log, 40));
      }
      try {
        client.listBuckets();
        return;
      } catch (SdkClientException e) {
        sleep(250); // not listening yet
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("S3Proxy did not answer within 120 s:\n" + TreeFiles.tail(log, 40));
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
