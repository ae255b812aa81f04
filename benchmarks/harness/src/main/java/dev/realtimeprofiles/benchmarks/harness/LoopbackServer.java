package dev.realtimeprofiles.benchmarks.harness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal HTTP server on loopback that answers {@code POST /v1/realtime/client_secrets} with one
 * fixed body, and anything else with 404. Both clients hit the same instance, started by the runner
 * in its own process ({@link #main}), so its cost is the same on both sides of every ratio.
 */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] body;
  private final AtomicLong answered = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();

  private LoopbackServer(HttpServer server, ExecutorService executor, byte[] body) {
    this.server = server;
    this.executor = executor;
    this.body = body;
  }

  /** Starts on an ephemeral port of 127.0.0.1 with {@code threads} handler threads. */
  public static LoopbackServer start(int threads) throws IOException {
    // Without TCP_NODELAY, headers and body go out as two small writes and every response waits
    // ~40 ms for the client's delayed ACK: that would measure the kernel, not the clients.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
      Thread t = new Thread(runnable, "loopback-server");
      t.setDaemon(true);
      return t;
    });
    LoopbackServer loopback = new LoopbackServer(server, executor, Fixtures.clientSecretResponse());
    server.createContext("/", loopback::handle);
    server.setExecutor(executor);
    server.start();
    return loopback;
  }

  /** {@code http://127.0.0.1:port/v1}: what both clients take as their base URL. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + Fixtures.BASE_PATH;
  }

  public long answered() {
    return answered.get();
  }

  public long rejected() {
    return rejected.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      long requestBytes;
      try (InputStream in = exchange.getRequestBody()) {
        requestBytes = in.transferTo(OutputStream.nullOutputStream());
      }
      boolean ok = "POST".equals(exchange.getRequestMethod())
          && Fixtures.CLIENT_SECRETS_PATH.equals(exchange.getRequestURI().getPath())
          && requestBytes > 0;
      if (!ok) {
        rejected.incrementAndGet();
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
      answered.incrementAndGet();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * Runs the server until standard input closes; prints {@code BASE_URL <url>} once it listens and
   * {@code ANSWERED <n> REJECTED <m>} when it stops.
   */
  public static void main(String[] args) throws IOException {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    try (LoopbackServer server = start(threads)) {
      System.out.println("BASE_URL " + server.baseUrl());
      System.out.flush();
      System.in.transferTo(OutputStream.nullOutputStream());
      System.out.println("ANSWERED " + server.answered() + " REJECTED " + server.rejected());
    }
  }
}
