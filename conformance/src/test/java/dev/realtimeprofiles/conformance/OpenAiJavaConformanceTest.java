package dev.realtimeprofiles.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OkHttpClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.ClientOptions;
import com.openai.core.ObjectMappers;
import com.openai.core.http.WebSocketWriteNotAttempted;
import com.openai.helpers.RealtimeConnection;
import com.openai.helpers.RealtimeWebSocketOptions;
import com.openai.models.realtime.RealtimeClientEvent;
import com.openai.models.realtime.RealtimeServerEvent;
import com.openai.models.realtime.RealtimeSessionCreateRequest;
import com.openai.models.realtime.RealtimeTranscriptionSessionCreateRequest;
import com.openai.models.realtime.clientsecrets.ClientSecretCreateParams;
import com.openai.models.realtime.clientsecrets.ClientSecretCreateResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * openai-java 4.105.0, as its users run it (its OkHttp client, its {@code RealtimeConnection}, its
 * typed events with {@code responseValidation(true)}: every event the emulator sends must parse
 * and validate as the SDK's generated model), against the emulator.
 */
class OpenAiJavaConformanceTest {
  private static final ObjectMapper JSON = ObjectMappers.jsonMapper();

  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  private IsolatedEmulator emulator(boolean tls) {
    IsolatedEmulator emulator = IsolatedEmulator.start(tls);
    open.add(emulator);
    return emulator;
  }

  @Test
  void aTextTurnWithAnEkSecret() throws Exception {
    IsolatedEmulator emulator = emulator(false);
    emulator.reply("Where is my order?", "It shipped yesterday.");
    OpenAIClient client = rest(emulator, emulator.apiKey());
    ClientSecretCreateResponse secret = client.realtime().clientSecrets().create(ClientSecretCreateParams.builder()
        .session(RealtimeSessionCreateRequest.builder()
            .addOutputModality(RealtimeSessionCreateRequest.OutputModality.TEXT)
            .instructions("Be brief.")
            .build())
        .build());
    assertTrue(secret.value().startsWith("ek_"), secret.value());
    assertTrue(secret.session().isRealtime());
    assertEquals("Be brief.", secret.session().asRealtime().instructions().orElseThrow());

    RealtimeConnection connection = connect(emulator, secret.value(), RealtimeWebSocketOptions.defaults());
    JsonNode created = next(connection);
    assertEquals("session.created", created.get("type").asText());
    assertEquals("text", created.at("/session/output_modalities/0").asText());
    assertEquals("conversation.created", next(connection).get("type").asText());

    send(connection, event("""
        {"type": "conversation.item.create", "item": {"type": "message", "role": "user",
         "content": [{"type": "input_text", "text": "Where is my order?"}]}}"""));
    send(connection, event("{\"type\": \"response.create\"}"));
    List<JsonNode> turn = until(connection, e -> type(e).equals("response.done"));
    assertTrue(types(turn).containsAll(List.of("response.created", "rate_limits.updated",
        "response.output_text.delta", "response.output_text.done")), types(turn).toString());
    assertEquals("It shipped yesterday.", find(turn, "response.output_text.done").get("text").asText());
    assertEquals("completed", last(turn).at("/response/status").asText());
  }

  @Test
  void aFunctionCallRoundTrip() throws Exception {
    IsolatedEmulator emulator = emulator(false);
    emulator.callTool("Where is my order A-1017?", "lookupOrder", "{\"orderId\":\"A-1017\"}");
    RealtimeConnection connection = connect(emulator, emulator.apiKey(),
        RealtimeWebSocketOptions.builder().model("gpt-realtime").build());
    until(connection, e -> type(e).equals("conversation.created"));
    send(connection, event("""
        {"type": "session.update", "session": {"type": "realtime", "output_modalities": ["text"],
         "tools": [{"type": "function", "name": "lookupOrder", "description": "Look up an order",
                    "parameters": {"type": "object", "properties": {"orderId": {"type": "string"}}}}]}}"""));
    assertEquals("lookupOrder", until(connection, e -> type(e).equals("session.updated")).get(0)
        .at("/session/tools/0/name").asText());
    send(connection, event("""
        {"type": "conversation.item.create", "item": {"type": "message", "role": "user",
         "content": [{"type": "input_text", "text": "Where is my order A-1017?"}]}}"""));
    send(connection, event("{\"type\": \"response.create\"}"));
    List<JsonNode> call = until(connection, e -> type(e).equals("response.done"));
    JsonNode arguments = find(call, "response.function_call_arguments.done");
    assertEquals("{\"orderId\":\"A-1017\"}", arguments.get("arguments").asText());
    String callId = arguments.get("call_id").asText();

    send(connection, event("{\"type\": \"conversation.item.create\", \"item\": {\"type\": \"function_call_output\","
        + " \"call_id\": \"" + callId + "\", \"output\": \"{\\\"status\\\":\\\"shipped\\\"}\"}}"));
    send(connection, event("{\"type\": \"response.create\"}"));
    List<JsonNode> answer = until(connection, e -> type(e).equals("response.done"));
    assertEquals("Tool lookupOrder said: {\"status\":\"shipped\"}",
        find(answer, "response.output_text.done").get("text").asText());
  }

  @Test
  void errorEventsAreTypedErrorsAndTheSessionGoesOn() throws Exception {
    IsolatedEmulator emulator = emulator(false);
    emulator.failNext("response.create", "server_error", null, "The server had an error.");
    RealtimeConnection connection = connect(emulator, emulator.apiKey(),
        RealtimeWebSocketOptions.builder().model("gpt-realtime").build());
    until(connection, e -> type(e).equals("conversation.created"));

    send(connection, event("{\"type\": \"session.update\", \"event_id\": \"evt_speed\", \"session\":"
        + " {\"type\": \"realtime\", \"audio\": {\"output\": {\"speed\": 3.0}}}}"));
    RealtimeServerEvent rejected = connection.receiveAsync().get(10, TimeUnit.SECONDS);
    assertTrue(rejected.isError());
    assertEquals("session.audio.output.speed", rejected.asError().error().param().orElseThrow());
    assertEquals("evt_speed", rejected.asError().error().eventId().orElseThrow());

    send(connection, event("{\"type\": \"response.create\", \"event_id\": \"evt_fail\"}"));
    RealtimeServerEvent failed = connection.receiveAsync().get(10, TimeUnit.SECONDS);
    assertTrue(failed.isError());
    assertEquals("server_error", failed.asError().error().type());
    assertEquals("The server had an error.", failed.asError().error().message());
    assertFalse(failed.asError().error().code().isPresent());

    send(connection, event("{\"type\": \"response.create\"}"));
    assertEquals("completed", last(until(connection, e -> type(e).equals("response.done")))
        .at("/response/status").asText());
  }

  @Test
  void transcriptionSessionsOverRestAndTheTranscriptionIntent() throws Exception {
    IsolatedEmulator emulator = emulator(false);
    emulator.transcribeAudioAs("Where is my order?");
    ClientSecretCreateResponse secret = rest(emulator, emulator.apiKey()).realtime().clientSecrets()
        .create(ClientSecretCreateParams.builder()
            .session(JSON.readValue("""
                {"type": "transcription", "audio": {"input": {
                  "transcription": {"model": "gpt-4o-transcribe", "language": "en"},
                  "turn_detection": {"type": "server_vad", "silence_duration_ms": 500}}}}""",
                RealtimeTranscriptionSessionCreateRequest.class))
            .build());
    assertTrue(secret.session().isTranscription());
    assertTrue(secret.value().startsWith("ek_"));

    // The SDK's own transcription connection: ?intent=transcription, no model.
    RealtimeConnection connection = connect(emulator, emulator.apiKey(),
        RealtimeWebSocketOptions.builder().transcription().build());
    JsonNode created = next(connection);
    assertEquals("transcription", created.at("/session/type").asText());
    send(connection, event("""
        {"type": "session.update", "session": {"type": "transcription", "audio": {"input": {
          "transcription": {"model": "gpt-4o-transcribe"},
          "turn_detection": {"type": "server_vad", "silence_duration_ms": 500}}}}}"""));
    until(connection, e -> type(e).equals("session.updated"));
    byte[] speech = Files.readAllBytes(Path.of(System.getProperty("conformance.speech")));
    byte[] audio = new byte[speech.length + 48 * 800]; // the clip, then 800 ms of silence
    System.arraycopy(speech, 0, audio, 0, speech.length);
    for (int at = 0; at < audio.length; at += 4800) {
      byte[] chunk = java.util.Arrays.copyOfRange(audio, at, Math.min(audio.length, at + 4800));
      send(connection, event("{\"type\": \"input_audio_buffer.append\", \"audio\": \""
          + Base64.getEncoder().encodeToString(chunk) + "\"}"));
    }
    List<JsonNode> events = until(connection,
        e -> type(e).equals("conversation.item.input_audio_transcription.completed"));
    List<String> types = types(events);
    assertTrue(types.indexOf("input_audio_buffer.speech_started") < types.indexOf("input_audio_buffer.speech_stopped"));
    assertTrue(types.indexOf("input_audio_buffer.committed") < types.indexOf("conversation.item.input_audio_transcription.delta"));
    StringBuilder deltas = new StringBuilder();
    events.stream().filter(e -> type(e).equals("conversation.item.input_audio_transcription.delta"))
        .forEach(e -> deltas.append(e.get("delta").asText()));
    assertEquals("Where is my order?", deltas.toString());
    assertEquals("Where is my order?", last(events).get("transcript").asText());
  }

  @Test
  void overTlsWithTheEmulatorsTrustManager() throws Exception {
    IsolatedEmulator emulator = emulator(true);
    emulator.reply("Hello", "Hello over wss.");
    assertTrue(emulator.baseUrl().startsWith("https://"));
    OpenAIClient client = OpenAIOkHttpClient.builder().apiKey(emulator.apiKey()).baseUrl(emulator.baseUrl())
        .sslSocketFactory(sslContext(emulator).getSocketFactory()).trustManager(emulator.trustManager())
        .maxRetries(0).build();
    open.add(client::close);
    String secret = client.realtime().clientSecrets().create(ClientSecretCreateParams.builder()
        .session(RealtimeSessionCreateRequest.builder()
            .addOutputModality(RealtimeSessionCreateRequest.OutputModality.TEXT).build())
        .build()).value();

    OkHttpClient http = OkHttpClient.builder()
        .sslSocketFactory(sslContext(emulator).getSocketFactory()).trustManager(emulator.trustManager()).build();
    RealtimeConnection connection = RealtimeConnection.connect(ClientOptions.builder().httpClient(http)
        .apiKey(secret).baseUrl(emulator.baseUrl()).responseValidation(true).build());
    open.add(connection);
    until(connection, e -> type(e).equals("conversation.created"));
    send(connection, event("""
        {"type": "conversation.item.create", "item": {"type": "message", "role": "user",
         "content": [{"type": "input_text", "text": "Hello"}]}}"""));
    send(connection, event("{\"type\": \"response.create\"}"));
    assertEquals("Hello over wss.", find(until(connection, e -> type(e).equals("response.done")),
        "response.output_text.done").get("text").asText());
  }

  // ---- helpers

  private OpenAIClient rest(IsolatedEmulator emulator, String key) {
    OpenAIClient client = OpenAIOkHttpClient.builder().apiKey(key).baseUrl(emulator.baseUrl())
        .responseValidation(true).maxRetries(0).build();
    open.add(client::close);
    return client;
  }

  private RealtimeConnection connect(IsolatedEmulator emulator, String key, RealtimeWebSocketOptions options) {
    ClientOptions clientOptions = ClientOptions.builder()
        .httpClient(OkHttpClient.builder().build())
        .apiKey(key)
        .baseUrl(emulator.baseUrl())
        .responseValidation(true) // strict: the SDK validates every event against its generated model
        .build();
    RealtimeConnection connection = RealtimeConnection.connect(clientOptions, options);
    open.add(connection);
    return connection;
  }

  private static SSLContext sslContext(IsolatedEmulator emulator) throws GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {emulator.trustManager()}, null);
    return context;
  }

  /**
   * Sends as an SDK user must: openai-java refuses a send while OkHttp still holds an earlier one
   * ({@code WebSocketWriteNotAttempted.Busy}, "command was not queued"), so the caller tries again.
   */
  private static void send(RealtimeConnection connection, RealtimeClientEvent event) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (true) {
      try {
        connection.send(event);
        return;
      } catch (WebSocketWriteNotAttempted.Busy busy) {
        if (System.nanoTime() > deadline) {
          throw busy;
        }
        TimeUnit.MILLISECONDS.sleep(2);
      }
    }
  }

  /** A client event as the SDK models it (parsed by its own mapper, written again by the SDK as it sends). */
  private static RealtimeClientEvent event(String json) throws IOException {
    RealtimeClientEvent event = JSON.readValue(json, RealtimeClientEvent.class);
    event.validate();
    return event;
  }

  private static JsonNode next(RealtimeConnection connection) throws Exception {
    return JSON.valueToTree(connection.receiveAsync().get(10, TimeUnit.SECONDS));
  }

  /** Events up to and including the first that matches; fails at an unexpected error event. */
  private static List<JsonNode> until(RealtimeConnection connection, Predicate<JsonNode> last) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    while (true) {
      JsonNode event = next(connection);
      events.add(event);
      if (last.test(event)) {
        return events;
      }
      assertFalse(type(event).equals("error"), "unexpected error event: " + event);
    }
  }

  private static String type(JsonNode event) {
    return event.path("type").asText();
  }

  private static List<String> types(List<JsonNode> events) {
    return events.stream().map(OpenAiJavaConformanceTest::type).toList();
  }

  private static JsonNode find(List<JsonNode> events, String type) {
    return events.stream().filter(e -> type(e).equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + types(events)));
  }

  private static JsonNode last(List<JsonNode> events) {
    return events.get(events.size() - 1);
  }
}
