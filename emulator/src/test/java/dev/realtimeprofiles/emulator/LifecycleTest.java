package dev.realtimeprofiles.emulator;

import static dev.realtimeprofiles.emulator.TestClient.assertValidGaServerEvent;
import static dev.realtimeprofiles.emulator.TurnDetectionTest.first;
import static dev.realtimeprofiles.emulator.TurnDetectionTest.last;
import static dev.realtimeprofiles.emulator.WebSocketTest.collectUntil;
import static dev.realtimeprofiles.emulator.WebSocketTest.types;
import static dev.realtimeprofiles.emulator.WebSocketTest.userText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle events, out-of-band responses, transcription sessions and the echoed session's
 * shape, each as the spec describes it.
 */
class LifecycleTest {
  final RealtimeEmulator emulator = RealtimeEmulator.builder().build().start();

  @AfterEach
  void everySentEventIsAValidGaServerEventAndClose() {
    emulator.close();
    for (RecordedEvent event : emulator.sentEvents()) {
      assertValidGaServerEvent(TestClient.json(event.json()));
    }
  }

  @Test
  void conversationCreatedFollowsSessionCreated() {
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      assertThat(socket.next().get("type").asText()).isEqualTo("session.created");
      JsonNode created = socket.next();
      assertThat(created.get("type").asText()).isEqualTo("conversation.created");
      assertThat(created.at("/conversation/id").asText()).startsWith("conv_");
      assertThat(created.at("/conversation/object").asText()).isEqualTo("realtime.conversation");
      socket.send(userText("Hi"));
      socket.send("{\"type\": \"response.create\"}");
      JsonNode done = socket.until("response.done");
      assertThat(done.at("/response/conversation_id").asText()).isEqualTo(created.at("/conversation/id").asText());
    }
  }

  @Test
  void rateLimitsAreUpdatedAtTheStartOfEachResponse() {
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      for (int response = 1; response <= 2; response++) {
        socket.send(userText("Hi"));
        socket.send("{\"type\": \"response.create\"}");
        List<JsonNode> events = collectUntil(socket, "response.done");
        int created = types(events).indexOf("response.created");
        assertThat(types(events).get(created + 1)).isEqualTo("rate_limits.updated");
        JsonNode limits = events.get(created + 1).get("rate_limits");
        assertThat(limits.get(0).get("name").asText()).isEqualTo("requests");
        assertThat(limits.get(0).get("remaining").asInt()).isEqualTo(1000 - response);
        assertThat(limits.get(1).get("name").asText()).isEqualTo("tokens");
        assertThat(limits.get(1).get("remaining").asInt()).isLessThan(limits.get(1).get("limit").asInt());
      }
    }
  }

  @Test
  void anOutOfBandResponseAnswersItsInputEchoesMetadataAndStaysOutOfTheConversation() {
    emulator.script().reply("Classify: I want a refund", "refund");
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.send(userText("Where is my order?"));
      socket.until("conversation.item.done");
      socket.send("""
          {"type": "response.create", "response": {"conversation": "none", "output_modalities": ["text"],
           "metadata": {"topic": "classification"},
           "instructions": "Classify the request.",
           "input": [{"type": "message", "role": "user",
                      "content": [{"type": "input_text", "text": "Classify: I want a refund"}]}]}}
          """);
      List<JsonNode> events = collectUntil(socket, "response.done");
      assertThat(types(events)).doesNotContain("conversation.item.added", "conversation.item.done");
      JsonNode created = first(events, "response.created");
      JsonNode done = last(events);
      assertThat(created.at("/response/metadata/topic").asText()).isEqualTo("classification");
      assertThat(done.at("/response/metadata/topic").asText()).isEqualTo("classification");
      assertThat(done.at("/response/output/0/content/0/text").asText()).isEqualTo("refund"); // the input, not the conversation
      assertThat(done.at("/response").has("conversation_id")).isFalse();

      // the conversation still ends with the user's message: the next in-band answer is to it
      socket.send("{\"type\": \"response.create\", \"response\": {\"output_modalities\": [\"text\"]}}");
      JsonNode inBand = socket.until("response.done");
      assertThat(inBand.at("/response/output/0/content/0/text").asText()).isEqualTo("You said: Where is my order?");
      assertThat(inBand.at("/response").has("metadata")).isFalse();
    }
  }

  @Test
  void anEmptyInputClearsTheContextOfAResponse() {
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.send(userText("Where is my order?"));
      socket.send("{\"type\": \"response.create\", \"response\": {\"conversation\": \"none\", \"input\": []}}");
      assertThat(socket.until("response.done").at("/response/output/0/content/0/transcript").asText())
          .isEqualTo("Hello from the Realtime emulator.");
    }
  }

  @Test
  void previousItemIdIsOnEveryItemEventOfTheModel() {
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.send(userText("Hi"));
      JsonNode user = socket.until("conversation.item.added");
      assertThat(user.get("previous_item_id").isNull()).isTrue(); // the first item
      socket.send("{\"type\": \"response.create\"}");
      List<JsonNode> events = collectUntil(socket, "response.done");
      String userId = user.at("/item/id").asText();
      List<JsonNode> itemEvents = events.stream()
          .filter(e -> e.get("type").asText().startsWith("conversation.item.")).toList();
      assertThat(itemEvents).extracting(e -> e.get("type").asText())
          .containsExactly("conversation.item.done", "conversation.item.added", "conversation.item.done");
      assertThat(itemEvents.get(1).get("previous_item_id").asText()).isEqualTo(userId);
      assertThat(itemEvents.get(2).get("previous_item_id").asText()).isEqualTo(userId);
      assertThat(itemEvents.get(2).at("/item/status").asText()).isEqualTo("completed");
    }
  }

  @Test
  void echoedSessionsSendNullForUnsetFieldsAsTheSpecsExamplesDo() {
    JsonNode minted = TestClient.post(emulator, "/realtime/client_secrets",
        "{\"session\": {\"type\": \"realtime\", \"instructions\": \"Be brief.\"}}", emulator.apiKey()).body();
    for (JsonNode session : new JsonNode[] {minted.get("session"), sessionCreated(minted.get("value").asText())}) {
      for (String pointer : new String[] {"/tracing", "/prompt", "/include", "/audio/input/transcription",
          "/audio/input/noise_reduction", "/audio/input/turn_detection/idle_timeout_ms"}) {
        assertThat(session.at(pointer).isNull()).as("%s is null in %s", pointer, session).isTrue();
      }
      assertThat(session.get("truncation").asText()).isEqualTo("auto");
      assertThat(session.get("instructions").asText()).isEqualTo("Be brief.");
      // and in the example's order
      assertThat(session.fieldNames()).toIterable().containsSubsequence(
          "type", "object", "id", "model", "output_modalities", "instructions", "tools", "tool_choice",
          "max_output_tokens", "tracing", "truncation", "prompt", "expires_at", "audio", "include");
    }
  }

  @Test
  void aSetFieldReplacesItsNull() {
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.send("""
          {"type": "session.update", "session": {"type": "realtime", "include": ["item.input_audio_transcription.logprobs"],
           "audio": {"input": {"transcription": {"model": "whisper-1"}}}}}
          """);
      JsonNode session = socket.until("session.updated").get("session");
      assertThat(session.at("/include/0").asText()).isEqualTo("item.input_audio_transcription.logprobs");
      assertThat(session.at("/audio/input/transcription/model").asText()).isEqualTo("whisper-1");
      assertThat(session.at("/audio/input/format/rate").asInt()).isEqualTo(24000); // merged, not replaced
      assertThat(session.get("prompt").isNull()).isTrue(); // still unset
    }
  }

  // ---- transcription sessions

  @Test
  void aTranscriptionClientSecretOpensATranscriptionSession() {
    TestClient.Answer answer = TestClient.post(emulator, "/realtime/client_secrets", """
        {"session": {"type": "transcription", "audio": {"input": {
          "format": {"type": "audio/pcm", "rate": 24000},
          "transcription": {"model": "gpt-4o-transcribe", "language": "en"},
          "turn_detection": {"type": "server_vad", "silence_duration_ms": 400}}}}}
        """, emulator.apiKey());
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    JsonNode session = answer.body().get("session");
    assertThat(RealtimeSchemas.bundled().validate(RealtimeSchemas.GA_CLIENT_SECRET_RESPONSE,
        TestClient.withoutSpecExampleNulls(answer.body()))).isEmpty();
    assertThat(session.get("type").asText()).isEqualTo("transcription");
    assertThat(session.get("object").asText()).isEqualTo("realtime.transcription_session");
    assertThat(session.at("/audio/input/transcription/model").asText()).isEqualTo("gpt-4o-transcribe");
    assertThat(session.at("/audio/input/turn_detection/silence_duration_ms").asInt()).isEqualTo(400);
    assertThat(session.has("model")).isFalse();
    assertThat(session.has("output_modalities")).isFalse();

    emulator.script().transcribeAudioAs("Where is my order?");
    try (TestClient.Socket socket = new TestClient.Socket(emulator, "", answer.body().get("value").asText(), false)) {
      socket.awaitOpen();
      JsonNode created = socket.until("session.created");
      assertThat(created.at("/session/type").asText()).isEqualTo("transcription");
      TurnDetectionTest.appendAll(socket, TestAudio.concat(TestAudio.speech(), TestAudio.silence(600)));
      List<JsonNode> events = collectUntil(socket, "conversation.item.input_audio_transcription.completed");
      assertThat(types(events)).containsSubsequence("input_audio_buffer.speech_started",
          "input_audio_buffer.speech_stopped", "input_audio_buffer.committed",
          "conversation.item.input_audio_transcription.delta",
          "conversation.item.input_audio_transcription.completed");
      assertThat(last(events).get("transcript").asText()).isEqualTo("Where is my order?");
      socket.send("{\"type\": \"response.create\", \"event_id\": \"no_responses\"}");
      JsonNode error = socket.until("error");
      assertThat(error.at("/error/event_id").asText()).isEqualTo("no_responses");
    }
    assertThat(emulator.sentEvents()).extracting(RecordedEvent::type)
        .doesNotContain("response.created", "conversation.created");
  }

  @Test
  void intentTranscriptionOpensATranscriptionSessionWithoutAModel() {
    emulator.script().transcribeAudioAs("Hello there");
    try (TestClient.Socket socket = new TestClient.Socket(emulator, "?intent=transcription", emulator.apiKey(), false)) {
      socket.awaitOpen();
      JsonNode created = socket.until("session.created");
      assertThat(created.at("/session/type").asText()).isEqualTo("transcription");
      assertThat(created.at("/session/audio/input/transcription").isNull()).isTrue();

      socket.send("""
          {"type": "session.update", "session": {"type": "transcription", "audio": {"input": {
            "transcription": {"model": "gpt-4o-mini-transcribe"}, "turn_detection": null}}}}
          """);
      JsonNode updated = socket.until("session.updated");
      assertThat(updated.at("/session/audio/input/transcription/model").asText()).isEqualTo("gpt-4o-mini-transcribe");
      assertThat(updated.at("/session/audio/input/turn_detection").isNull()).isTrue();

      socket.send("{\"type\": \"session.update\", \"event_id\": \"wrong_type\", \"session\": {\"type\": \"realtime\"}}");
      JsonNode error = socket.until("error");
      assertThat(error.at("/error/param").asText()).isEqualTo("session.type");
      assertThat(error.at("/error/event_id").asText()).isEqualTo("wrong_type");

      TurnDetectionTest.appendAll(socket, TestAudio.speech());
      socket.send("{\"type\": \"input_audio_buffer.commit\"}");
      List<JsonNode> events = collectUntil(socket, "conversation.item.input_audio_transcription.completed");
      assertThat(types(events)).containsExactly("input_audio_buffer.committed", "conversation.item.added",
          "conversation.item.done", "conversation.item.input_audio_transcription.delta",
          "conversation.item.input_audio_transcription.delta",
          "conversation.item.input_audio_transcription.completed");
      assertThat(events.get(3).get("delta").asText() + events.get(4).get("delta").asText()).isEqualTo("Hello there");
    }
  }

  @Test
  void aTranscriptionSessionRefusesRealtimeFields() {
    TestClient.Answer answer = TestClient.post(emulator, "/realtime/client_secrets",
        "{\"session\": {\"type\": \"transcription\", \"instructions\": \"no\"}}", emulator.apiKey());
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().at("/error/param").asText()).isEqualTo("session.instructions");
    assertThat(WebSocketTest.handshakeStatus(new TestClient.Socket(emulator, "", emulator.apiKey(), false)))
        .as("no model and no transcription intent").isEqualTo(400);
  }

  private JsonNode sessionCreated(String secret) {
    try (TestClient.Socket socket = new TestClient.Socket(emulator, "", secret, false)) {
      socket.awaitOpen();
      return socket.until("session.created").get("session");
    }
  }
}
