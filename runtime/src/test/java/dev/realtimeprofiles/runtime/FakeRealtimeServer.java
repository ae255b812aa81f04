package dev.realtimeprofiles.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The server side of a Realtime WebSocket on MockWebServer: sends {@code session.created} on
 * open, answers client events with {@link #behaviour}, and records what the client sent.
 */
final class FakeRealtimeServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final long WAIT_SECONDS = 5;

  final MockWebServer server = new MockWebServer();
  final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
  final CompletableFuture<WebSocket> socket = new CompletableFuture<>();
  final CompletableFuture<int[]> clientClose = new CompletableFuture<>();
  final CompletableFuture<String> clientCloseReason = new CompletableFuture<>();

  /** What the server answers to one client event; accepts every session.update by default. */
  volatile Function<JsonNode, List<String>> behaviour = FakeRealtimeServer::acceptSessionUpdate;

  FakeRealtimeServer() throws IOException {
    server.start();
    server.enqueue(new MockResponse.Builder().webSocketUpgrade(new ServerSide()).build());
  }

  String baseUrl() {
    return server.url("/v1").toString();
  }

  RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(request).as("the handshake request").isNotNull();
    return request;
  }

  /** The next client event, waiting a few seconds at most. */
  JsonNode take() throws InterruptedException {
    JsonNode event = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(event).as("a client event within " + WAIT_SECONDS + " s").isNotNull();
    return event;
  }

  /** The next client event, which must be of {@code type}. */
  JsonNode take(String type) throws InterruptedException {
    JsonNode event = take();
    assertThat(event.path("type").asText()).as("type of " + event).isEqualTo(type);
    return event;
  }

  /** Sends {@code json} to the client. */
  void send(String json) throws Exception {
    socket.get(WAIT_SECONDS, TimeUnit.SECONDS).send(json);
  }

  WebSocket serverSocket() throws Exception {
    return socket.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    server.close();
  }

  static List<String> acceptSessionUpdate(JsonNode event) {
    if (!"session.update".equals(event.path("type").asText())) {
      return List.of();
    }
    ObjectNode updated = JSON.createObjectNode();
    updated.put("type", "session.updated");
    updated.put("event_id", "event_srv_updated");
    updated.set("session", event.get("session"));
    return List.of(updated.toString());
  }

  /** Answers the session.update with event id {@code eventId} with an error naming {@code param}. */
  static Function<JsonNode, List<String>> rejectSessionUpdate(String message, String param) {
    return event -> {
      if (!"session.update".equals(event.path("type").asText())) {
        return List.of();
      }
      ObjectNode error = JSON.createObjectNode();
      error.put("type", "error");
      error.put("event_id", "event_srv_error");
      ObjectNode details = error.putObject("error");
      details.put("type", "invalid_request_error");
      details.put("code", "invalid_value");
      details.put("message", message);
      details.put("param", param);
      details.put("event_id", event.path("event_id").asText());
      return List.of(error.toString());
    };
  }

  /** An example server event of the spec, from test resources. */
  static String example(String shape, String type) {
    String name = "/dev/realtimeprofiles/runtime/event/examples/" + shape + "/" + type + ".json";
    try (InputStream in = FakeRealtimeServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no example " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final class ServerSide extends WebSocketListener {
    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      socket.complete(webSocket);
      webSocket.send(example("ga", "session.created"));
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      JsonNode event;
      try {
        event = JSON.readTree(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      received.add(event);
      for (String reply : behaviour.apply(event)) {
        webSocket.send(reply);
      }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      clientClose.complete(new int[] {code});
      clientCloseReason.complete(reason);
      webSocket.close(1000, null);
    }
  }
}
