package dev.realtimeprofiles.emulator;

import static dev.realtimeprofiles.emulator.TestClient.assertValidGaServerEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebSocketTest {
  static final String KEY = "sk-ws-test";

  final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
  final RealtimeEmulator emulator = RealtimeEmulator.builder().apiKey(KEY).clock(clock).build().start();

  /** Set by the one test that opens a beta connection; every other test's events must be GA-valid. */
  boolean betaConnectionOpened;

  @AfterEach
  void everySentEventIsAValidGaServerEventAndClose() {
    emulator.close();
    if (!betaConnectionOpened) {
      for (RecordedEvent event : emulator.sentEvents()) {
        assertValidGaServerEvent(TestClient.json(event.json()));
      }
    }
  }

  // ---- voice is fixed once the model has spoken

  @Test
  void voiceCannotChangeOnceTheModelRespondedWithAudio() {
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.until("session.created");
      String ash = "{\"type\": \"session.update\", \"event_id\": \"evt_a\", \"session\": "
          + "{\"type\": \"realtime\", \"audio\": {\"output\": {\"voice\": \"ash\"}}}}";
      socket.send(ash); // before any audio: allowed
      socket.until("session.updated");
      socket.send(userText("hello"));
      socket.send("{\"type\": \"response.create\"}");
      socket.until("response.done");

      socket.send(ash); // the same voice again: allowed
      socket.until("session.updated");
      socket.send(ash.replace("evt_a", "evt_b").replace("\"ash\"", "\"coral\""));
      JsonNode error = socket.next();

      assertThat(error.at("/error/code").asText()).isEqualTo("cannot_update_voice");
      assertThat(error.at("/error/event_id").asText()).isEqualTo("evt_b");
      assertThat(error.at("/error/message").asText())
          .isEqualTo("Cannot update a conversation's voice if assistant audio is present.");
    }
  }

  // ---- handshake and auth

  @Test
  void apiKeyOpensAGaSessionAndSessionCreatedIsValid() {
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      JsonNode created = socket.next();
      assertThat(created.get("type").asText()).isEqualTo("session.created");
      assertThat(created.get("event_id").asText()).startsWith("event_");
      assertThat(created.at("/session/model").asText()).isEqualTo("gpt-realtime");
      assertThat(created.at("/session/type").asText()).isEqualTo("realtime");
      assertValidGaServerEvent(created);
    }
    assertThat(emulator.receivedRequests()).anySatisfy(r -> {
      assertThat(r.path()).isEqualTo("/v1/realtime?model=gpt-realtime");
      assertThat(r.header("authorization")).isEqualTo("Bearer <redacted>");
    });
  }

  @Test
  void clientSecretOpensTheSessionItWasMintedWith() {
    String secret = TestClient.post(emulator, "/realtime/client_secrets", """
        {"session": {"type": "realtime", "output_modalities": ["text"], "instructions": "Be brief."}}
        """, KEY).body().get("value").asText();

    try (TestClient.Socket socket = new TestClient.Socket(emulator, "", secret, false)) {
      socket.awaitOpen();
      JsonNode created = socket.next();
      assertThat(created.at("/session/instructions").asText()).isEqualTo("Be brief.");
      assertThat(created.at("/session/output_modalities/0").asText()).isEqualTo("text");
      assertValidGaServerEvent(created);
    }
  }

  @Test
  void expiredClientSecretIsRefused() {
    String secret = TestClient.post(emulator, "/realtime/client_secrets",
        "{\"expires_after\": {\"seconds\": 10}}", KEY).body().get("value").asText();
    clock.advance(Duration.ofSeconds(10));

    assertThat(handshakeStatus(new TestClient.Socket(emulator, "?model=gpt-realtime", secret, false))).isEqualTo(401);
  }

  @Test
  void wrongOrMissingCredentialsAreRefused() {
    assertThat(handshakeStatus(new TestClient.Socket(emulator, "?model=gpt-realtime", "sk-nope", false))).isEqualTo(401);
    assertThat(handshakeStatus(new TestClient.Socket(emulator, "?model=gpt-realtime", "ek_forged", false))).isEqualTo(401);
    assertThat(handshakeStatus(new TestClient.Socket(emulator, "?model=gpt-realtime", null, false))).isEqualTo(401);
    assertThat(handshakeStatus(new TestClient.Socket(emulator, "", KEY, false))).isEqualTo(400);
    assertThat(emulator.openConnections()).isZero();
  }

  // ---- session.update

  @Test
  void sessionUpdateAnswersTheEffectiveSession() {
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.until("session.created");
      socket.send("""
          {"type": "session.update", "event_id": "evt_1", "session": {"type": "realtime",
           "output_modalities": ["text"], "audio": {"output": {"voice": "cedar"}},
           "tools": [{"type": "function", "name": "lookupOrder", "parameters": {"type": "object"}}],
           "tool_choice": "auto"}}
          """);
      JsonNode updated = socket.until("session.updated");
      assertValidGaServerEvent(updated);
      assertThat(updated.at("/session/audio/output/voice").asText()).isEqualTo("cedar");
      assertThat(updated.at("/session/audio/output/speed").asDouble()).isEqualTo(1.0);
      assertThat(updated.at("/session/tools/0/name").asText()).isEqualTo("lookupOrder");
      assertThat(updated.at("/session/output_modalities/0").asText()).isEqualTo("text");

      // tool_choice may now name the declared tool without repeating the tools
      socket.send("{\"type\": \"session.update\", \"session\": {\"type\": \"realtime\","
          + " \"tool_choice\": {\"type\": \"function\", \"name\": \"lookupOrder\"}}}");
      assertThat(socket.until("session.updated").at("/session/tool_choice/name").asText()).isEqualTo("lookupOrder");
    }
  }

  @Test
  void rejectedSessionUpdateAnswersErrorWithTheClientsEventIdAndParam() {
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.until("conversation.created");
      socket.send("{\"type\": \"session.update\", \"event_id\": \"evt_speed\","
          + " \"session\": {\"type\": \"realtime\", \"audio\": {\"output\": {\"speed\": 3.0}}}}");
      JsonNode error = socket.next();
      assertValidGaServerEvent(error);
      assertThat(error.get("type").asText()).isEqualTo("error");
      assertThat(error.at("/error/event_id").asText()).isEqualTo("evt_speed");
      assertThat(error.at("/error/param").asText()).isEqualTo("session.audio.output.speed");
      assertThat(error.at("/error/type").asText()).isEqualTo("invalid_request_error");

      socket.send("{\"type\": \"session.update\", \"event_id\": \"evt_temp\","
          + " \"session\": {\"type\": \"realtime\", \"temperature\": 0.8}}");
      JsonNode unknown = socket.next();
      assertThat(unknown.at("/error/event_id").asText()).isEqualTo("evt_temp");
      assertThat(unknown.at("/error/param").asText()).isEqualTo("session.temperature");

      socket.send("{\"type\": \"session.update\", \"event_id\": \"evt_no_type\", \"session\": {}}");
      assertThat(socket.next().at("/error/param").asText()).isEqualTo("session.type");

      // the session is unchanged and the connection still works
      socket.send("{\"type\": \"session.update\", \"session\": {\"type\": \"realtime\"}}");
      assertThat(socket.until("session.updated").at("/session/audio/output/speed").asDouble()).isEqualTo(1.0);
    }
  }

  @Test
  void unknownEventsAndInvalidJsonAnswerErrorsAndKeepTheConnection() {
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.until("conversation.created");
      socket.send("{\"type\": \"session.destroy\", \"event_id\": \"evt_x\"}");
      JsonNode unknown = socket.next();
      assertValidGaServerEvent(unknown);
      assertThat(unknown.at("/error/param").asText()).isEqualTo("type");
      assertThat(unknown.at("/error/event_id").asText()).isEqualTo("evt_x");

      socket.send("{not json");
      JsonNode invalid = socket.next();
      assertValidGaServerEvent(invalid);
      assertThat(invalid.at("/error/code").asText()).isEqualTo("invalid_json");

      socket.send("{\"event_id\": \"evt_y\"}");
      assertThat(socket.next().at("/error/code").asText()).isEqualTo("missing_required_parameter");

      socket.send("{\"type\": \"conversation.item.create\", \"event_id\": \"evt_z\"}");
      JsonNode schema = socket.next();
      assertThat(schema.at("/error/event_id").asText()).isEqualTo("evt_z");
      assertThat(schema.at("/error/message").asText()).contains("item");

      socket.send("{\"type\": \"response.cancel\", \"event_id\": \"evt_c\"}");
      JsonNode cancel = socket.next();
      assertThat(cancel.at("/error/code").asText()).isEqualTo("response_cancel_not_active");
      assertThat(cancel.at("/error/event_id").asText()).isEqualTo("evt_c");

      socket.send(userText("still there?"));
      socket.send("{\"type\": \"response.create\"}");
      assertThat(socket.until("response.done").at("/response/status").asText()).isEqualTo("completed");
    }
    assertThat(emulator.receivedEvents()).extracting(RecordedEvent::type)
        .containsSubsequence("session.destroy", "", "", "conversation.item.create", "response.cancel");
  }

  // ---- conversations

  @Test
  void textConversationGa() {
    emulator.script().reply("Where is my order?", "Let me check that.");
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.until("session.created");
      socket.send("{\"type\": \"session.update\", \"session\": {\"type\": \"realtime\", \"output_modalities\": [\"text\"]}}");
      socket.until("session.updated");
      socket.send(userText("Where is my order?"));
      socket.send("{\"type\": \"response.create\", \"event_id\": \"evt_r\"}");

      List<JsonNode> events = collectUntil(socket, "response.done");
      events.forEach(TestClient::assertValidGaServerEvent);
      assertThat(types(events)).containsExactly(
          "conversation.item.added", "conversation.item.done",
          "response.created", "rate_limits.updated", "response.output_item.added", "conversation.item.added",
          "response.content_part.added",
          "response.output_text.delta", "response.output_text.delta", "response.output_text.delta",
          "response.output_text.delta",
          "response.output_text.done", "response.content_part.done", "response.output_item.done",
          "conversation.item.done", "response.done");
      StringBuilder deltas = new StringBuilder();
      events.stream().filter(e -> e.get("type").asText().equals("response.output_text.delta"))
          .forEach(e -> deltas.append(e.get("delta").asText()));
      assertThat(deltas.toString()).isEqualTo("Let me check that.");
      JsonNode done = events.get(events.size() - 1);
      assertThat(done.at("/response/status").asText()).isEqualTo("completed");
      assertThat(done.at("/response/output/0/content/0/text").asText()).isEqualTo("Let me check that.");
      assertThat(done.at("/response/output/0/content/0/type").asText()).isEqualTo("output_text");
      assertThat(done.at("/response/usage/output_tokens").asInt()).isEqualTo(4);
      assertThat(done.at("/response/usage/total_tokens").asInt()).isPositive();
      assertThat(events).allSatisfy(e -> assertThat(e.get("event_id").asText()).startsWith("event_"));
    }
    assertThat(emulator.awaitReceivedEvent("response.create", Duration.ofSeconds(1)).json()).contains("evt_r");
  }

  @Test
  void defaultReplyEchoesTheUsersText() {
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.send(userText("  Hi there "));
      socket.send("{\"type\": \"response.create\"}");
      JsonNode done = socket.until("response.done");
      assertThat(done.at("/response/output/0/content/0/transcript").asText()).isEqualTo("You said: Hi there");
    }
  }

  @Test
  void audioSessionsAnswerAudioAndTranscript() {
    emulator.script().reply("Hello", "Hi, how can I help?");
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.until("session.created");
      socket.send(userText("Hello"));
      socket.send("{\"type\": \"response.create\"}");

      List<JsonNode> events = collectUntil(socket, "response.done");
      events.forEach(TestClient::assertValidGaServerEvent);
      assertThat(types(events)).contains("response.output_audio.delta", "response.output_audio_transcript.delta",
          "response.output_audio.done", "response.output_audio_transcript.done").doesNotContain("response.output_text.delta");
      JsonNode transcriptDone = events.stream()
          .filter(e -> e.get("type").asText().equals("response.output_audio_transcript.done")).findFirst().orElseThrow();
      assertThat(transcriptDone.get("transcript").asText()).isEqualTo("Hi, how can I help?");
      JsonNode audioDelta = events.stream()
          .filter(e -> e.get("type").asText().equals("response.output_audio.delta")).findFirst().orElseThrow();
      assertThat(java.util.Base64.getDecoder().decode(audioDelta.get("delta").asText())).hasSize(480);
      assertThat(events.get(events.size() - 1).at("/response/output/0/content/0/type").asText()).isEqualTo("output_audio");
    }
  }

  @Test
  void betaConnectionSpeaksBetaEventNames() {
    betaConnectionOpened = true;
    emulator.script().reply("Where is my order?", "Let me check.");
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, true)) {
      JsonNode created = socket.until("session.created");
      assertThat(created.at("/session/modalities").toString()).isEqualTo("[\"text\",\"audio\"]");
      assertThat(created.at("/session/temperature").asDouble()).isEqualTo(0.8);
      assertThat(RealtimeSchemas.bundled().validate(RealtimeSchemas.BETA_SESSION, created.get("session"))).isEmpty();

      socket.send("{\"type\": \"session.update\", \"event_id\": \"b1\", \"session\": {\"temperature\": 1.5}}");
      JsonNode error = socket.next();
      assertThat(error.at("/error/param").asText()).isEqualTo("session.temperature");
      assertThat(error.at("/error/event_id").asText()).isEqualTo("b1");

      socket.send("{\"type\": \"session.update\", \"session\": {\"modalities\": [\"text\"], \"temperature\": 0.9}}");
      assertThat(socket.until("session.updated").at("/session/temperature").asDouble()).isEqualTo(0.9);
      socket.send(userText("Where is my order?"));
      socket.send("{\"type\": \"response.create\"}");

      List<JsonNode> events = collectUntil(socket, "response.done");
      assertThat(types(events)).containsExactly(
          "conversation.item.created",
          "response.created", "rate_limits.updated", "response.output_item.added", "conversation.item.created",
          "response.content_part.added", "response.text.delta", "response.text.delta", "response.text.delta",
          "response.text.done", "response.content_part.done", "response.output_item.done", "response.done");
      assertThat(events.get(events.size() - 1).at("/response/output/0/content/0/type").asText()).isEqualTo("text");

      socket.send("{\"type\": \"session.update\", \"session\": {\"modalities\": [\"audio\", \"text\"]}}");
      socket.until("session.updated");
      socket.send("{\"type\": \"response.create\"}");
      assertThat(types(collectUntil(socket, "response.done")))
          .contains("response.audio.delta", "response.audio_transcript.delta", "response.audio.done",
              "response.audio_transcript.done");
    }
  }

  @Test
  void scriptedToolCallRoundTrip() {
    emulator.script().callTool("Where is my order A-1017?", "lookupOrder", "{\"orderId\":\"A-1017\"}");
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.until("session.created");
      socket.send("""
          {"type": "session.update", "session": {"type": "realtime", "output_modalities": ["text"],
           "tools": [{"type": "function", "name": "lookupOrder", "description": "Look up an order",
                      "parameters": {"type": "object", "properties": {"orderId": {"type": "string"}}}}]}}
          """);
      socket.until("session.updated");
      socket.send(userText("Where is my order A-1017?"));
      socket.send("{\"type\": \"response.create\"}");

      List<JsonNode> call = collectUntil(socket, "response.done");
      call.forEach(TestClient::assertValidGaServerEvent);
      assertThat(types(call)).containsSubsequence("response.created", "response.output_item.added",
          "response.function_call_arguments.delta", "response.function_call_arguments.done",
          "response.output_item.done", "response.done");
      JsonNode argumentsDone = call.stream()
          .filter(e -> e.get("type").asText().equals("response.function_call_arguments.done")).findFirst().orElseThrow();
      assertThat(argumentsDone.get("name").asText()).isEqualTo("lookupOrder");
      assertThat(argumentsDone.get("arguments").asText()).isEqualTo("{\"orderId\":\"A-1017\"}");
      StringBuilder deltas = new StringBuilder();
      call.stream().filter(e -> e.get("type").asText().equals("response.function_call_arguments.delta"))
          .forEach(e -> deltas.append(e.get("delta").asText()));
      assertThat(deltas.toString()).isEqualTo("{\"orderId\":\"A-1017\"}");
      JsonNode item = call.get(call.size() - 1).at("/response/output/0");
      assertThat(item.get("type").asText()).isEqualTo("function_call");
      String callId = item.get("call_id").asText();
      assertThat(callId).isEqualTo(argumentsDone.get("call_id").asText());

      socket.send("{\"type\": \"conversation.item.create\", \"item\": {\"type\": \"function_call_output\","
          + " \"call_id\": \"" + callId + "\", \"output\": \"{\\\"status\\\":\\\"shipped\\\"}\"}}");
      assertThat(socket.until("conversation.item.added").at("/item/type").asText()).isEqualTo("function_call_output");
      socket.send("{\"type\": \"response.create\"}");
      JsonNode done = socket.until("response.done");
      assertValidGaServerEvent(done);
      assertThat(done.at("/response/output/0/content/0/text").asText())
          .isEqualTo("Tool lookupOrder said: {\"status\":\"shipped\"}");

      socket.send("{\"type\": \"conversation.item.create\", \"event_id\": \"bad_call\", \"item\": {\"type\":"
          + " \"function_call_output\", \"call_id\": \"call_unknown\", \"output\": \"x\"}}");
      JsonNode error = socket.until("error");
      assertThat(error.at("/error/param").asText()).isEqualTo("item.call_id");
    }
  }

  @Test
  void scriptedToolThatTheSessionDoesNotDeclareIsExplainedNotCalled() {
    emulator.script().callTool("Where is my order A-1017?", "lookupOrder", "{}");
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.send(userText("Where is my order A-1017?"));
      socket.send("{\"type\": \"response.create\"}");
      JsonNode done = socket.until("response.done");
      assertThat(done.at("/response/output/0/type").asText()).isEqualTo("message");
      assertThat(done.at("/response/output/0/content/0/transcript").asText()).contains("lookupOrder", "does not offer it");
    }
  }

  @Test
  void inputAudioIsCommittedAndTranscribed() {
    emulator.script().transcribeAudioAs("Where is my order?").reply("Where is my order?", "It shipped.");
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.until("session.created");
      socket.send("{\"type\": \"input_audio_buffer.commit\", \"event_id\": \"empty\"}");
      assertThat(socket.until("error").at("/error/code").asText()).isEqualTo("input_audio_buffer_commit_empty");

      socket.send("{\"type\": \"session.update\", \"session\": {\"type\": \"realtime\", \"output_modalities\": [\"text\"],"
          + " \"audio\": {\"input\": {\"transcription\": {\"model\": \"whisper-1\"}, \"turn_detection\": null}}}}");
      socket.until("session.updated");
      String chunk = java.util.Base64.getEncoder().encodeToString(new byte[4800]);
      socket.send("{\"type\": \"input_audio_buffer.append\", \"audio\": \"" + chunk + "\"}");
      socket.send("{\"type\": \"input_audio_buffer.clear\"}");
      assertValidGaServerEvent(socket.until("input_audio_buffer.cleared"));
      socket.send("{\"type\": \"input_audio_buffer.append\", \"audio\": \"" + chunk + "\"}");
      socket.send("{\"type\": \"input_audio_buffer.commit\"}");
      List<JsonNode> events = collectUntil(socket, "conversation.item.input_audio_transcription.completed");
      events.forEach(TestClient::assertValidGaServerEvent);
      // the transcript streams as .delta events (word by word), then .completed
      assertThat(types(events)).containsExactly("input_audio_buffer.committed", "conversation.item.added",
          "conversation.item.done", "conversation.item.input_audio_transcription.delta",
          "conversation.item.input_audio_transcription.delta", "conversation.item.input_audio_transcription.delta",
          "conversation.item.input_audio_transcription.delta",
          "conversation.item.input_audio_transcription.completed");
      StringBuilder deltas = new StringBuilder();
      events.subList(3, 7).forEach(e -> deltas.append(e.get("delta").asText()));
      assertThat(deltas.toString()).isEqualTo("Where is my order?");
      JsonNode completed = events.get(7);
      assertThat(completed.get("transcript").asText()).isEqualTo("Where is my order?");
      assertThat(completed.get("item_id").asText()).isEqualTo(events.get(0).get("item_id").asText());
      assertThat(events.get(3).get("item_id").asText()).isEqualTo(events.get(0).get("item_id").asText());

      socket.send("{\"type\": \"response.create\"}");
      assertThat(socket.until("response.done").at("/response/output/0/content/0/text").asText()).isEqualTo("It shipped.");
    }
  }

  @Test
  void responseCancelStopsARunningResponse() {
    try (RealtimeEmulator slow = RealtimeEmulator.builder().eventInterval(Duration.ofMillis(50)).build().start();
        TestClient.Socket socket = TestClient.Socket.open(slow, false)) {
      slow.script().reply("Tell me a story", "Once upon a time there was a very long story that went on and on.");
      socket.send(userText("Tell me a story"));
      socket.send("{\"type\": \"response.create\"}");
      socket.until("response.created");
      // Cancel once the answer has an output item: a cancel right after response.created may
      // (correctly) end the response before it has any output to mark incomplete.
      socket.until("response.output_item.added");
      socket.send("{\"type\": \"response.cancel\", \"event_id\": \"stop\"}");
      List<JsonNode> events = collectUntil(socket, "response.done");
      events.forEach(TestClient::assertValidGaServerEvent);
      JsonNode done = events.get(events.size() - 1);
      assertThat(done.at("/response/status").asText()).isEqualTo("cancelled");
      assertThat(done.at("/response/status_details/reason").asText()).isEqualTo("client_cancelled");
      assertThat(done.at("/response/output/0/status").asText()).isEqualTo("incomplete");
      assertThat(types(events)).doesNotContain("response.output_audio_transcript.done");

      // a new response may start
      socket.send(userText("ok"));
      socket.send("{\"type\": \"response.create\"}");
      assertThat(socket.until("response.done").at("/response/status").asText()).isEqualTo("completed");
    }
  }

  @Test
  void secondResponseWhileOneRunsIsAnError() {
    try (RealtimeEmulator slow = RealtimeEmulator.builder().eventInterval(Duration.ofMillis(20)).build().start();
        TestClient.Socket socket = TestClient.Socket.open(slow, false)) {
      socket.send(userText("one two three four five"));
      socket.send("{\"type\": \"response.create\"}");
      socket.until("response.created");
      socket.send("{\"type\": \"response.create\", \"event_id\": \"again\"}");
      List<JsonNode> events = collectUntil(socket, "response.done", true);
      JsonNode error = events.stream().filter(e -> e.get("type").asText().equals("error")).findFirst().orElseThrow();
      assertThat(error.at("/error/code").asText()).isEqualTo("conversation_already_has_active_response");
      assertThat(error.at("/error/event_id").asText()).isEqualTo("again");
      assertThat(events.get(events.size() - 1).at("/response/status").asText()).isEqualTo("completed");
    }
  }

  @Test
  void responseParametersOverrideTheModalityAndCanStayOutOfTheConversation() {
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.send(userText("Hi"));
      socket.send("{\"type\": \"response.create\", \"response\": {\"output_modalities\": [\"text\"],"
          + " \"conversation\": \"none\"}}");
      List<JsonNode> events = collectUntil(socket, "response.done");
      assertThat(types(events)).contains("response.output_text.delta").doesNotContain("response.output_audio.delta");
      // out of band: the answer is not added to the conversation
      assertThat(types(events.subList(3, events.size()))).doesNotContain("conversation.item.added");
      assertThat(events.get(events.size() - 1).at("/response/output_modalities/0").asText()).isEqualTo("text");
      assertThat(events.get(events.size() - 1).at("/response").has("conversation_id")).isFalse();
    }
  }

  @Test
  void betaClientSecretOpensItsBetaSessionOnABetaConnection() {
    JsonNode minted = TestClient.post(emulator, "/realtime/sessions",
        "{\"modalities\": [\"text\"], \"voice\": \"sage\"}", KEY).body();
    String secret = minted.at("/client_secret/value").asText();
    try (TestClient.Socket socket = new TestClient.Socket(emulator, "?model=gpt-4o-realtime-preview", secret, true)) {
      socket.awaitOpen();
      JsonNode created = socket.until("session.created");
      assertThat(created.at("/session/voice").asText()).isEqualTo("sage");
      assertThat(created.at("/session/modalities").toString()).isEqualTo("[\"text\"]");
      assertThat(created.at("/session/model").asText()).isEqualTo("gpt-4o-realtime-preview");
      assertThat(created.at("/session/client_secret").isMissingNode()).isTrue();
    }
    betaConnectionOpened = true;
  }

  @Test
  void conversationItemsCanBeRetrievedAndDeleted() {
    try (TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.send("{\"type\": \"conversation.item.create\", \"item\": {\"id\": \"item_mine\", \"type\": \"message\","
          + " \"role\": \"user\", \"content\": [{\"type\": \"input_text\", \"text\": \"hi\"}]}}");
      assertThat(socket.until("conversation.item.added").at("/item/id").asText()).isEqualTo("item_mine");
      socket.send("{\"type\": \"conversation.item.retrieve\", \"item_id\": \"item_mine\"}");
      JsonNode retrieved = socket.until("conversation.item.retrieved");
      assertValidGaServerEvent(retrieved);
      assertThat(retrieved.at("/item/content/0/text").asText()).isEqualTo("hi");
      socket.send("{\"type\": \"conversation.item.delete\", \"item_id\": \"item_mine\"}");
      assertValidGaServerEvent(socket.until("conversation.item.deleted"));
      socket.send("{\"type\": \"conversation.item.retrieve\", \"item_id\": \"item_mine\"}");
      assertThat(socket.until("error").at("/error/param").asText()).isEqualTo("item_id");
    }
  }

  @Test
  void everyEventTheEmulatorSentOnGaConnectionsIsValid() {
    scriptedToolCallRoundTrip();
    assertThat(emulator.sentEvents()).hasSizeGreaterThan(20);
    for (RecordedEvent event : emulator.sentEvents()) {
      assertValidGaServerEvent(TestClient.json(event.json()));
    }
  }

  @Test
  void closeEndsOpenConnectionsPromptly() throws Exception {
    TestClient.Socket socket = TestClient.Socket.open(emulator, false);
    socket.until("session.created");
    assertThat(emulator.openConnections()).isEqualTo(1);
    long start = System.nanoTime();
    emulator.close();
    assertThat(socket.closed.get(5, TimeUnit.SECONDS)).isNotNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(emulator.openConnections()).isZero();
  }

  @Test
  void awaitIsBounded() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> emulator.awaitReceivedEvent("response.create", Duration.ofMillis(100)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("response.create");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  // ---- helpers

  static String userText(String text) {
    return "{\"type\": \"conversation.item.create\", \"item\": {\"type\": \"message\", \"role\": \"user\","
        + " \"content\": [{\"type\": \"input_text\", \"text\": \"" + text + "\"}]}}";
  }

  static List<JsonNode> collectUntil(TestClient.Socket socket, String type) {
    return collectUntil(socket, type, false);
  }

  static List<JsonNode> collectUntil(TestClient.Socket socket, String type, boolean errorsExpected) {
    List<JsonNode> events = new ArrayList<>();
    while (true) {
      JsonNode event = socket.next();
      if (event.get("type").asText().equals("session.created") || event.get("type").asText().equals("session.updated")) {
        continue;
      }
      events.add(event);
      if (!errorsExpected && event.get("type").asText().equals("error")) {
        throw new AssertionError("unexpected error event: " + event);
      }
      if (event.get("type").asText().equals(type)) {
        return events;
      }
    }
  }

  static List<String> types(List<JsonNode> events) {
    return events.stream().map(e -> e.get("type").asText()).toList();
  }

  static int handshakeStatus(TestClient.Socket socket) {
    try {
      socket.opened.get(10, TimeUnit.SECONDS);
      socket.close();
      return 101;
    } catch (ExecutionException e) {
      return ((TestClient.HandshakeFailure) e.getCause()).status;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** A clock a test can move forward. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
