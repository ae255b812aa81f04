package dev.realtimeprofiles.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/** A plain OkHttp client over loopback, as a user's test would write one. */
final class TestClient {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final OkHttpClient HTTP = new OkHttpClient.Builder()
      .callTimeout(10, TimeUnit.SECONDS)
      .readTimeout(10, TimeUnit.SECONDS)
      .build();
  private static final MediaType JSON = MediaType.get("application/json");

  private TestClient() {}

  /** A REST answer. */
  record Answer(int status, String requestId, JsonNode body, String raw, okhttp3.Headers headers) {}

  static Answer post(RealtimeEmulator emulator, String path, String body, String bearer) {
    return post(HTTP, emulator, path, body, bearer);
  }

  static Answer post(OkHttpClient http, RealtimeEmulator emulator, String path, String body, String bearer) {
    Request.Builder request = new Request.Builder()
        .url(emulator.baseUrl() + path)
        .post(RequestBody.create(body, JSON));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      String raw = response.body().string();
      return new Answer(response.code(), response.header("x-request-id"), MAPPER.readTree(raw), raw, response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One WebSocket connection that queues what the server sends. */
  static final class Socket implements AutoCloseable {
    final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    final CompletableFuture<Response> opened = new CompletableFuture<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    volatile String closeReason;
    volatile Throwable failure;
    private final WebSocket webSocket;

    Socket(RealtimeEmulator emulator, String query, String bearer, boolean beta) {
      this(HTTP, emulator, query, bearer, beta);
    }

    Socket(OkHttpClient http, RealtimeEmulator emulator, String query, String bearer, boolean beta) {
      Request.Builder request = new Request.Builder().url(
          emulator.webSocketUrl().replace("wss:", "https:").replace("ws:", "http:") + query);
      if (bearer != null) {
        request.header("Authorization", "Bearer " + bearer);
      }
      if (beta) {
        request.header("OpenAI-Beta", "realtime=v1");
      }
      webSocket = http.newWebSocket(request.build(), new WebSocketListener() {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
          opened.complete(response);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
          events.add(json(text));
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
          closeReason = reason;
          webSocket.close(1000, null);
          closed.complete(code);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
          failure = t;
          opened.completeExceptionally(new HandshakeFailure(response == null ? -1 : response.code(), t));
          closed.complete(-1);
        }
      });
    }

    static Socket open(RealtimeEmulator emulator, boolean beta) {
      Socket socket = new Socket(emulator, "?model=gpt-realtime", emulator.apiKey(), beta);
      socket.awaitOpen();
      return socket;
    }

    void awaitOpen() {
      try {
        opened.get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        fail("WebSocket did not open", e);
      }
    }

    void send(String json) {
      assertThat(webSocket.send(json)).isTrue();
    }

    JsonNode next() {
      try {
        JsonNode event = events.poll(10, TimeUnit.SECONDS);
        if (event == null) {
          fail("no server event within 10 s");
        }
        return event;
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }

    /** Reads events until one of {@code type}; fails on the way at an unexpected error event. */
    JsonNode until(String type) {
      while (true) {
        JsonNode event = next();
        if (event.path("type").asText().equals(type)) {
          return event;
        }
        if (event.path("type").asText().equals("error")) {
          fail("unexpected error event while waiting for " + type + ": " + event);
        }
      }
    }

    @Override
    public void close() {
      webSocket.close(1000, null);
    }
  }

  /** The handshake failed with this HTTP status. */
  static final class HandshakeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    HandshakeFailure(int status, Throwable cause) {
      super("handshake failed: " + status, cause);
      this.status = status;
    }
  }

  /** The spec's schema for each GA server event type, read from the bundled schemas. */
  static Map<String, String> gaServerEventSchemas() {
    try (InputStream in = dev.realtimeprofiles.spec.RealtimeSchemas.class
        .getResourceAsStream("openai-realtime-schemas.json")) {
      JsonNode defs = MAPPER.readTree(in).get("$defs");
      Map<String, String> byType = new HashMap<>();
      defs.fieldNames().forEachRemaining(name -> {
        if (name.startsWith("RealtimeServerEvent")) {
          JsonNode type = defs.get(name).path("properties").path("type").path("enum").path(0);
          if (type.isTextual()) {
            byType.put(type.asText(), name);
          }
        }
      });
      return byType;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Map<String, String> GA_SERVER_EVENT_SCHEMAS = gaServerEventSchemas();

  /**
   * {@code json} without the nulls that the spec's own examples send but its schemas do not allow:
   * the {@code session.created} example and the client secret example send {@code "include": null}
   * and {@code "audio": {"input": {"transcription": null}}}, and the transcription session object's
   * example {@code "noise_reduction": null}, where the schemas say array or object. The emulator
   * sends what the examples (and the API) send; everything else is validated as it is. Applies to a
   * server event's {@code session} or to a REST body's {@code session}.
   */
  static JsonNode withoutSpecExampleNulls(JsonNode json) {
    JsonNode copy = json.deepCopy();
    JsonNode session = copy.get("session");
    if (session instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      removeIfNull(object, "include");
      if (object.path("audio").path("input") instanceof com.fasterxml.jackson.databind.node.ObjectNode input) {
        removeIfNull(input, "transcription");
        if (object.path("type").asText().equals("transcription")) {
          removeIfNull(input, "noise_reduction");
        }
      }
    }
    return copy;
  }

  private static void removeIfNull(com.fasterxml.jackson.databind.node.ObjectNode object, String field) {
    if (object.has(field) && object.get(field).isNull()) {
      object.remove(field);
    }
  }

  /**
   * Asserts {@code event} is a GA server event: valid against the union and its own schema (but for
   * {@link #withoutSpecExampleNulls the nulls of the spec's examples}).
   */
  static void assertValidGaServerEvent(JsonNode sent) {
    JsonNode event = withoutSpecExampleNulls(sent);
    dev.realtimeprofiles.spec.RealtimeSchemas schemas = dev.realtimeprofiles.spec.RealtimeSchemas.bundled();
    assertThat(schemas.validate(dev.realtimeprofiles.spec.RealtimeSchemas.GA_SERVER_EVENT, event))
        .as("%s against RealtimeServerEvent", event).isEmpty();
    String schema = GA_SERVER_EVENT_SCHEMAS.get(event.path("type").asText());
    assertThat(schema).as("the spec has a GA server event %s", event.path("type")).isNotNull();
    assertThat(schemas.validate(schema, event)).as("%s against %s", event, schema).isEmpty();
  }
}
