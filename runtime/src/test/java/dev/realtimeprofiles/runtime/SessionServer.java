package dev.realtimeprofiles.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A Realtime server on MockWebServer that takes several WebSockets in a row (one per reconnect),
 * each a {@link Session} with its own id ({@code sess_1}, {@code sess_2}...), its own record of
 * what the client sent, and a behaviour that may drop it at the worst moment.
 */
final class SessionServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final long WAIT_SECONDS = 5;

  final MockWebServer server = new MockWebServer();
  final List<Session> sessions = new CopyOnWriteArrayList<>();
  /** Between the client and MockWebServer, so a test can cut a connection as a network would. */
  private final Proxy proxy;
  private final BlockingQueue<Session> opened = new LinkedBlockingQueue<>();

  /** What a session answers to one client event; by default a well-behaved server's acks. */
  volatile BiFunction<Session, JsonNode, List<String>> behaviour = SessionServer::acknowledge;

  SessionServer() throws IOException {
    server.start();
    proxy = new Proxy(server.getPort());
  }

  /** Accepts {@code n} more WebSockets. */
  SessionServer accept(int n) {
    for (int i = 0; i < n; i++) {
      server.enqueue(new MockResponse.Builder().webSocketUpgrade(new Session()).build());
    }
    return this;
  }

  /** Answers the next handshake with {@code status} (a failed reconnect attempt). */
  SessionServer refuse(int status) {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "application/json")
            .body("{\"error\":{\"message\":\"busy\",\"type\":\"server_error\"}}")
            .build());
    return this;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + proxy.port() + "/v1";
  }

  /** The {@code n}th session (from 1), once its socket is open. */
  Session session(int n) throws InterruptedException {
    while (sessions.size() < n) {
      Session next = opened.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      assertThat(next).as("session " + n + " opened within " + WAIT_SECONDS + " s").isNotNull();
    }
    return sessions.get(n - 1);
  }

  @Override
  public void close() {
    proxy.close();
    server.close();
  }

  /** A well-behaved server: session.updated, conversation.item.added, nothing else. */
  static List<String> acknowledge(Session session, JsonNode event) {
    String type = event.path("type").asText();
    if (type.equals("session.update")) {
      ObjectNode updated = JSON.createObjectNode();
      updated.put("type", "session.updated");
      updated.put("event_id", "event_" + session.number + "_updated");
      updated.set("session", event.get("session"));
      return List.of(updated.toString());
    }
    if (type.equals("conversation.item.create")) {
      return List.of(itemAdded(event.get("item")));
    }
    return List.of();
  }

  static String itemAdded(JsonNode item) {
    ObjectNode added = JSON.createObjectNode();
    added.put("type", "conversation.item.added");
    added.put("event_id", "event_added");
    added.putNull("previous_item_id");
    ObjectNode copy = item.deepCopy();
    copy.put("object", "realtime.item");
    copy.put("status", "completed");
    added.set("item", copy);
    return added.toString();
  }

  /** A TCP relay to MockWebServer; connection i is session i+1 (reconnects come one at a time). */
  private static final class Proxy implements AutoCloseable {
    private final java.net.ServerSocket listening;
    private final List<java.net.Socket[]> pairs = new CopyOnWriteArrayList<>();

    Proxy(int target) throws IOException {
      listening = new java.net.ServerSocket(0, 200, java.net.InetAddress.getLoopbackAddress());
      Thread acceptor =
          new Thread(
              () -> {
                while (!listening.isClosed()) {
                  try {
                    java.net.Socket client = listening.accept();
                    java.net.Socket upstream =
                        new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), target);
                    client.setTcpNoDelay(true);
                    upstream.setTcpNoDelay(true);
                    pairs.add(new java.net.Socket[] {client, upstream});
                    pump(client, upstream);
                    pump(upstream, client);
                  } catch (IOException e) {
                    return;
                  }
                }
              },
              "session-proxy");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return listening.getLocalPort();
    }

    void cut(int index) throws IOException {
      for (java.net.Socket socket : pairs.get(index)) {
        socket.close();
      }
    }

    private static void pump(java.net.Socket from, java.net.Socket to) {
      Thread pump =
          new Thread(
              () -> {
                try {
                  from.getInputStream().transferTo(to.getOutputStream());
                } catch (IOException e) {
                  // cut, or closed
                } finally {
                  try {
                    from.close();
                    to.close();
                  } catch (IOException ignored) {
                    // closing anyway
                  }
                }
              },
              "session-proxy-pump");
      pump.setDaemon(true);
      pump.start();
    }

    @Override
    public void close() {
      try {
        listening.close();
        for (java.net.Socket[] pair : pairs) {
          pair[0].close();
          pair[1].close();
        }
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  /** One WebSocket the client opened. */
  final class Session extends WebSocketListener {
    int number;
    final CompletableFuture<WebSocket> socket = new CompletableFuture<>();
    final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    final List<JsonNode> all = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> clientClose = new CompletableFuture<>();
    final CompletableFuture<String> clientCloseReason = new CompletableFuture<>();

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      sessions.add(this);
      number = sessions.size();
      socket.complete(webSocket);
      webSocket.send(
          "{\"type\":\"session.created\",\"event_id\":\"event_" + number + "\",\"session\":{"
              + "\"type\":\"realtime\",\"object\":\"realtime.session\",\"id\":\"sess_" + number
              + "\"}}");
      opened.add(this);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      JsonNode event;
      try {
        event = JSON.readTree(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      all.add(event);
      received.add(event);
      for (String reply : behaviour.apply(this, event)) {
        webSocket.send(reply);
      }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      clientClose.complete(code);
      clientCloseReason.complete(reason);
      webSocket.close(1000, null);
    }

    /** The next client event, which must be of {@code type}. */
    JsonNode take(String type) throws InterruptedException {
      JsonNode event = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      assertThat(event).as("session " + number + ": a " + type + " within " + WAIT_SECONDS + " s")
          .isNotNull();
      assertThat(event.path("type").asText()).as("session " + number + ": " + event).isEqualTo(type);
      return event;
    }

    /** Nothing more arrives within {@code millis}. */
    void assertQuiet(long millis) throws InterruptedException {
      assertThat(received.poll(millis, TimeUnit.MILLISECONDS)).as("session " + number + " quiet").isNull();
    }

    /** The types of everything received so far. */
    List<String> types() {
      List<String> types = new ArrayList<>();
      for (JsonNode event : all) {
        types.add(event.path("type").asText());
      }
      return types;
    }

    void send(String json) throws Exception {
      socket.get(WAIT_SECONDS, TimeUnit.SECONDS).send(json);
    }

    /** Drops the connection without a close frame, as a network failure does. */
    void drop() throws Exception {
      socket.get(WAIT_SECONDS, TimeUnit.SECONDS);
      proxy.cut(number - 1);
    }

    void close(int code, String reason) throws Exception {
      socket.get(WAIT_SECONDS, TimeUnit.SECONDS).close(code, reason);
    }
  }
}
