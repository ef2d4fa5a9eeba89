package io.quantbeam.pipelines.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quantbeam.pipelines.run.Runners;
import io.quantbeam.pipelines.options.QuantbeamOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.beam.sdk.io.aws2.options.S3ClientBuilderFactory;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.io.aws2.s3.DefaultS3ClientBuilderFactory;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The S3 client quantbeam's pipelines get, against a local HTTP endpoint that fails on purpose. */
class QuantbeamS3ClientBuilderFactoryTest {

  /** Answers the first requests with the given statuses (503 as S3's SlowDown), then 200. */
  private HttpServer server;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<Integer> failures = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger served = new AtomicInteger();

  @BeforeEach
  void startEndpoint() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stopEndpoint() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
    int n = served.getAndIncrement();
    if (n < failures.size()) {
      int status = failures.get(n);
      String code = status == 503 ? "SlowDown" : "InternalError";
      byte[] body = ("<Error><Code>" + code + "</Code><Message>try again</Message></Error>").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/xml");
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        exchange.getResponseBody().write(body);
      }
    } else {
      exchange.getResponseHeaders().add("Content-Type", "text/csv");
      exchange.getResponseHeaders().add("ETag", "\"abc\"");
      exchange.getResponseHeaders().add("Content-Length", "3");
      exchange.sendResponseHeaders(200, -1);
    }
    exchange.close();
  }

  private QuantbeamOptions options(String... extra) {
    List<String> args = new ArrayList<>(List.of(
        // a host name, not an IP address: for an IP the SDK addresses buckets by path anyway
        "--endpoint=http://localhost:" + server.getAddress().getPort(),
        "--awsRegion=us-east-1",
        "--awsCredentialsProvider={\"@type\":\"StaticCredentialsProvider\",\"accessKeyId\":\"k\",\"secretAccessKey\":\"s\"}"));
    args.addAll(List.of(extra));
    return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation().as(QuantbeamOptions.class);
  }

  private static S3Client client(QuantbeamOptions options) {
    return new QuantbeamS3ClientBuilderFactory().createBuilder(options).build();
  }

  @Test
  void throttledAndFailedRequestsAreRetriedUpToTheConfiguredAttempts() {
    failures.addAll(List.of(503, 500));
    try (S3Client s3 = client(options("--s3PathStyleAccess=true", "--s3MaxAttempts=3"))) {
      HeadObjectResponse head = s3.headObject(b -> b.bucket("quantbeam").key("firms/part-0.csv"));
      assertEquals(3L, head.contentLength());
    }
    assertEquals(List.of("HEAD /quantbeam/firms/part-0.csv", "HEAD /quantbeam/firms/part-0.csv",
        "HEAD /quantbeam/firms/part-0.csv"), requests, "three attempts, the bucket in the path");
  }

  @Test
  void withOneAttemptTheFirstSlowDownFails() {
    failures.addAll(List.of(503, 503));
    try (S3Client s3 = client(options("--s3PathStyleAccess=true", "--s3MaxAttempts=1"))) {
      S3Exception e = assertThrows(S3Exception.class, () -> s3.headObject(b -> b.bucket("quantbeam").key("k")));
      assertEquals(503, e.statusCode());
    }
    assertEquals(1, requests.size());
  }

  @Test
  void withoutPathStyleTheBucketIsNotInThePath() {
    try (S3Client s3 = client(options("--s3MaxAttempts=1"))) {
      assertThrows(RuntimeException.class, () -> s3.headObject(b -> b.bucket("quantbeam").key("k")));
    }
    assertTrue(requests.stream().noneMatch(r -> r.contains("/quantbeam/")),
        "virtual-hosted addressing sends the bucket in the host name: " + requests);
  }

  @Test
  void theDefaultIsTenAttemptsAndVirtualHostedBuckets() {
    QuantbeamOptions defaults = options();
    assertEquals(10, defaults.getS3MaxAttempts());
    assertEquals(false, defaults.getS3PathStyleAccess());
  }

  @Test
  void fewerThanOneAttemptIsRejectedNamingTheOption() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> client(options("--s3MaxAttempts=0")));
    assertTrue(e.getMessage().contains("--s3MaxAttempts"), e.getMessage());
  }

  @Test
  void pipelinesUseThisFactoryUnlessAnotherIsNamed() {
    QuantbeamOptions defaults = options();
    assertSame(DefaultS3ClientBuilderFactory.class, defaults.getS3ClientFactoryClass());
    Runners.tune(defaults);
    assertSame(QuantbeamS3ClientBuilderFactory.class, defaults.getS3ClientFactoryClass());

    QuantbeamOptions chosen = options("--s3ClientFactoryClass=" + CustomFactory.class.getName());
    Runners.tune(chosen);
    assertSame(CustomFactory.class, chosen.getS3ClientFactoryClass());
  }

  /** A user's own factory, which {@link Runners#tune} must leave in place. */
  public static final class CustomFactory implements S3ClientBuilderFactory {
    @Override
    public software.amazon.awssdk.services.s3.S3ClientBuilder createBuilder(S3Options options) {
      return new DefaultS3ClientBuilderFactory().createBuilder(options);
    }
  }
}
