package io.quantbeam.pipelines.fanout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy between a pipeline and an S3 endpoint that fails a fixed share of requests the
 * way a throttling object store or a flaky network does: 1 request in 20 is answered with
 * {@code 503 SlowDown}, another 1 in 20 has its connection reset without an answer (10 % in all).
 * Which requests fail depends only on their arrival order, so every run meets both kinds early.
 *
 * <p>Each connection carries one request: the proxy forwards the request head with
 * {@code Connection: close}, then copies bytes both ways until the endpoint closes.
 */
final class FaultInjectingProxy implements AutoCloseable {

  private static final int PERIOD = 20;
  private static final int SLOW_DOWN_AT = 3;
  private static final int RESET_AT = 13;
  private static final int MAX_HEAD_BYTES = 64 * 1024;

  private final int upstreamPort;
  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "fault-proxy");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger slowDowns = new AtomicInteger();
  private final AtomicInteger resets = new AtomicInteger();

  FaultInjectingProxy(int upstreamPort) throws IOException {
    this.upstreamPort = upstreamPort;
    this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  int port() {
    return server.getLocalPort();
  }

  int requests() {
    return requests.get();
  }

  int slowDowns() {
    return slowDowns.get();
  }

  int resets() {
    return resets.get();
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        threads.execute(() -> handle(client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void handle(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      byte[] head = readHead(in);
      if (head == null) {
        return;
      }
      int n = requests.getAndIncrement() % PERIOD;
      if (n == SLOW_DOWN_AT) {
        slowDowns.incrementAndGet();
        answerSlowDown(client.getOutputStream(), head);
      } else if (n == RESET_AT) {
        resets.incrementAndGet();
        client.setSoLinger(true, 0); // close() now sends RST: the connection drops, no answer
      } else {
        forward(client, in, head);
      }
    } catch (IOException e) {
      // the client or the endpoint went away; the client's retry handles it
    }
  }

  /** The request line and headers up to the blank line, or null if the client sent nothing. */
  private static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        return head.size() == 0 ? null : head.toByteArray();
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
      if (head.size() > MAX_HEAD_BYTES) {
        throw new IOException("request head too long");
      }
    }
    return head.toByteArray();
  }

  private static void answerSlowDown(OutputStream out, byte[] head) throws IOException {
    boolean isHead = new String(head, 0, Math.min(head.length, 5), StandardCharsets.US_ASCII).startsWith("HEAD ");
    byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SlowDown</Code>"
        + "<Message>Please reduce your request rate.</Message><RequestId>fault-proxy</RequestId></Error>")
        .getBytes(StandardCharsets.UTF_8);
    String response = "HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\nContent-Length: "
        + (isHead ? 0 : body.length) + "\r\nConnection: close\r\n\r\n";
    out.write(response.getBytes(StandardCharsets.US_ASCII));
    if (!isHead) {
      out.write(body);
    }
    out.flush();
  }

  private void forward(Socket client, InputStream in, byte[] head) throws IOException {
    try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
      OutputStream toUpstream = upstream.getOutputStream();
      toUpstream.write(withConnectionClose(head));
      toUpstream.flush();
      threads.execute(() -> copyThenShutdown(in, upstream));
      upstream.getInputStream().transferTo(client.getOutputStream());
      client.getOutputStream().flush();
    }
  }

  private static void copyThenShutdown(InputStream from, Socket to) {
    try {
      from.transferTo(to.getOutputStream());
      to.shutdownOutput();
    } catch (IOException e) {
      // either side closed: the response side ends the exchange
    }
  }

  /** The head with any Connection/Keep-Alive header replaced by {@code Connection: close}. */
  private static byte[] withConnectionClose(byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1);
    List<String> lines = new ArrayList<>(List.of(text.split("\r\n")));
    lines.removeIf(line -> {
      String lower = line.toLowerCase(Locale.ROOT);
      return lower.startsWith("connection:") || lower.startsWith("keep-alive:");
    });
    lines.add("Connection: close");
    return (String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }
}
