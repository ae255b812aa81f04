package dev.realtimeprofiles.emulator;

import static dev.realtimeprofiles.emulator.TestClient.assertValidGaServerEvent;
import static dev.realtimeprofiles.emulator.WebSocketTest.collectUntil;
import static dev.realtimeprofiles.emulator.WebSocketTest.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Voice activity detection over real speech, silence, noise and G.711, end to end on the WebSocket. */
class TurnDetectionTest {
  final RealtimeEmulator emulator = RealtimeEmulator.builder().build().start();

  @AfterEach
  void everySentEventIsAValidGaServerEventAndClose() {
    emulator.close();
    for (RecordedEvent event : emulator.sentEvents()) {
      assertValidGaServerEvent(TestClient.json(event.json()));
    }
  }

  @Test
  void serverVadCommitsSpeechCreatesTheUserItemAndAnswers() {
    emulator.script().transcribeAudioAs("Where is my order?").reply("Where is my order?", "It shipped.");
    try (TestClient.Socket socket = open()) {
      update(socket, "{\"type\": \"server_vad\", \"silence_duration_ms\": 500, \"prefix_padding_ms\": 300}",
          "\"transcription\": {\"model\": \"gpt-4o-transcribe\"}");
      appendAll(socket, TestAudio.concat(TestAudio.silence(1000), TestAudio.speech(), TestAudio.silence(1000)));

      List<JsonNode> events = collectUntil(socket, "response.done");
      assertThat(types(events)).containsSubsequence(
          "input_audio_buffer.speech_started", "input_audio_buffer.speech_stopped",
          "input_audio_buffer.committed", "conversation.item.added", "conversation.item.done",
          "conversation.item.input_audio_transcription.delta",
          "conversation.item.input_audio_transcription.completed",
          "response.created", "rate_limits.updated", "response.done");
      JsonNode started = first(events, "input_audio_buffer.speech_started");
      JsonNode stopped = first(events, "input_audio_buffer.speech_stopped");
      // The clip's speech begins at 1000 ms of session audio; audio_start_ms includes the 300 ms
      // prefix padding. It ends at 3333 ms; audio_end_ms includes the 500 ms of silence.
      assertThat(started.get("audio_start_ms").asLong()).isBetween(650L, 750L);
      assertThat(stopped.get("audio_end_ms").asLong()).isBetween(3700L, 3900L);
      String itemId = started.get("item_id").asText();
      assertThat(stopped.get("item_id").asText()).isEqualTo(itemId);
      assertThat(first(events, "input_audio_buffer.committed").get("item_id").asText()).isEqualTo(itemId);
      assertThat(first(events, "conversation.item.added").at("/item/role").asText()).isEqualTo("user");
      assertThat(first(events, "conversation.item.added").at("/item/content/0/type").asText()).isEqualTo("input_audio");
      assertThat(first(events, "conversation.item.input_audio_transcription.completed").get("transcript").asText())
          .isEqualTo("Where is my order?");
      assertThat(last(events).at("/response/output/0/content/0/transcript").asText()).isEqualTo("It shipped.");
      assertThat(types(events)).containsOnlyOnce("input_audio_buffer.speech_started");
    }
  }

  @Test
  void silenceAndNoiseAreNotSpeech() {
    try (TestClient.Socket socket = open()) {
      update(socket, "{\"type\": \"server_vad\"}", null);
      appendAll(socket, TestAudio.concat(
          TestAudio.silence(1000),
          TestAudio.whiteNoise(1000, -50), // room noise, below the -40 dBFS of threshold 0.5
          TestAudio.whiteNoise(1000, -12))); // loud hiss: broadband, not voiced
      socket.send("{\"type\": \"input_audio_buffer.clear\", \"event_id\": \"marker\"}");
      List<JsonNode> events = collectUntil(socket, "input_audio_buffer.cleared");
      assertThat(types(events)).containsExactly("input_audio_buffer.cleared");
    }
  }

  @Test
  void aHigherThresholdNeedsLouderSpeech() {
    byte[] quiet = scale(TestAudio.speech(), 0.05); // about -26 dB: speech at roughly -45..-37 dBFS
    try (TestClient.Socket socket = open()) {
      update(socket, "{\"type\": \"server_vad\", \"threshold\": 0.9, \"create_response\": false}", null);
      appendAll(socket, TestAudio.concat(quiet, TestAudio.silence(700)));
      socket.send("{\"type\": \"input_audio_buffer.clear\"}");
      assertThat(types(collectUntil(socket, "input_audio_buffer.cleared"))).containsExactly("input_audio_buffer.cleared");

      update(socket, "{\"type\": \"server_vad\", \"threshold\": 0.1, \"create_response\": false}", null);
      appendAll(socket, TestAudio.concat(quiet, TestAudio.silence(700)));
      assertThat(types(collectUntil(socket, "input_audio_buffer.committed")))
          .containsExactly("input_audio_buffer.speech_started", "input_audio_buffer.speech_stopped",
              "input_audio_buffer.committed");
    }
  }

  @Test
  void g711MuLawAndALawAreDecoded() {
    byte[] clip = TestAudio.concat(TestAudio.speech(), TestAudio.silence(800));
    for (String format : new String[] {"audio/pcmu", "audio/pcma"}) {
      try (TestClient.Socket socket = open()) {
        socket.send("{\"type\": \"session.update\", \"session\": {\"type\": \"realtime\", \"audio\": {\"input\": "
            + "{\"format\": {\"type\": \"" + format + "\"}, \"turn_detection\": {\"type\": \"server_vad\","
            + " \"create_response\": false}}}}}");
        socket.until("session.updated");
        byte[] encoded = format.equals("audio/pcmu") ? TestAudio.toUlaw(clip) : TestAudio.toAlaw(clip);
        TestAudio.appendEvents(encoded, 8, 100).forEach(socket::send);
        List<JsonNode> events = collectUntil(socket, "input_audio_buffer.committed");
        assertThat(types(events)).as(format).containsExactly("input_audio_buffer.speech_started",
            "input_audio_buffer.speech_stopped", "input_audio_buffer.committed");
        // 8 kHz audio counts the same milliseconds as 24 kHz audio
        assertThat(first(events, "input_audio_buffer.speech_stopped").get("audio_end_ms").asLong())
            .as(format).isBetween(2400L, 2700L);
      }
    }
  }

  @Test
  void createResponseFalseCommitsWithoutAnswering() {
    try (TestClient.Socket socket = open()) {
      update(socket, "{\"type\": \"server_vad\", \"create_response\": false}", null);
      appendAll(socket, TestAudio.concat(TestAudio.speech(), TestAudio.silence(800)));
      socket.send("{\"type\": \"input_audio_buffer.clear\"}");
      assertThat(types(collectUntil(socket, "input_audio_buffer.cleared"))).doesNotContain("response.created")
          .contains("input_audio_buffer.committed");
    }
  }

  @Test
  void semanticVadWaitsLongerAtLowEagerness() {
    try (TestClient.Socket socket = open()) {
      update(socket, "{\"type\": \"semantic_vad\", \"eagerness\": \"low\", \"create_response\": false}", null);
      appendAll(socket, TestAudio.concat(TestAudio.speech(), TestAudio.silence(1000)));
      socket.send("{\"type\": \"input_audio_buffer.clear\"}");
      // 1 s of silence is not the end of a turn at low eagerness (1.5 s) ...
      assertThat(types(collectUntil(socket, "input_audio_buffer.cleared")))
          .containsExactly("input_audio_buffer.speech_started", "input_audio_buffer.cleared");

      update(socket, "{\"type\": \"semantic_vad\", \"eagerness\": \"high\", \"create_response\": false}", null);
      appendAll(socket, TestAudio.concat(TestAudio.speech(), TestAudio.silence(1000)));
      // ... but it is at high eagerness (0.3 s)
      List<JsonNode> events = collectUntil(socket, "input_audio_buffer.committed");
      assertThat(types(events)).containsExactly("input_audio_buffer.speech_started",
          "input_audio_buffer.speech_stopped", "input_audio_buffer.committed");
      long started = first(events, "input_audio_buffer.speech_started").get("audio_start_ms").asLong();
      long stopped = first(events, "input_audio_buffer.speech_stopped").get("audio_end_ms").asLong();
      assertThat(stopped - started).isBetween(2300L + 300, 2300L + 300 + 400);
    }
  }

  @Test
  void speechDuringAResponseInterruptsItAndTruncatesItsAudio() {
    try (RealtimeEmulator slow = RealtimeEmulator.builder().eventInterval(Duration.ofMillis(40)).build().start();
        TestClient.Socket socket = TestClient.Socket.open(slow, false)) {
      slow.script().reply("Tell me a story", "Once upon a time there was a long story that went on and on and on.");
      update(socket, "{\"type\": \"server_vad\", \"create_response\": false}", null);
      socket.send(WebSocketTest.userText("Tell me a story"));
      socket.send("{\"type\": \"response.create\"}");
      socket.until("response.output_audio.delta");
      appendAll(socket, TestAudio.speech()); // the user talks over the answer

      List<JsonNode> events = collectUntil(socket, "conversation.item.truncated");
      assertThat(types(events)).containsSubsequence(
          "input_audio_buffer.speech_started", "response.done", "conversation.item.truncated");
      JsonNode done = first(events, "response.done");
      assertThat(done.at("/response/status").asText()).isEqualTo("cancelled");
      assertThat(done.at("/response/status_details/reason").asText()).isEqualTo("turn_detected");
      JsonNode truncated = last(events);
      assertThat(truncated.get("item_id").asText()).isEqualTo(done.at("/response/output/0/id").asText());
      assertThat(truncated.get("content_index").asInt()).isZero();
      assertThat(truncated.get("audio_end_ms").asLong()).isPositive();
      for (RecordedEvent event : slow.sentEvents()) {
        assertValidGaServerEvent(TestClient.json(event.json()));
      }
    }
  }

  @Test
  void interruptResponseFalseLetsTheAnswerFinish() {
    try (RealtimeEmulator slow = RealtimeEmulator.builder().eventInterval(Duration.ofMillis(20)).build().start();
        TestClient.Socket socket = TestClient.Socket.open(slow, false)) {
      slow.script().reply("Tell me a story", "Once upon a time there was a long story that went on.");
      update(socket, "{\"type\": \"server_vad\", \"create_response\": false, \"interrupt_response\": false}", null);
      socket.send(WebSocketTest.userText("Tell me a story"));
      socket.send("{\"type\": \"response.create\"}");
      socket.until("response.output_audio.delta");
      appendAll(socket, TestAudio.speech());
      List<JsonNode> events = collectUntil(socket, "response.done");
      assertThat(types(events)).contains("input_audio_buffer.speech_started");
      assertThat(last(events).at("/response/status").asText()).isEqualTo("completed");
    }
  }

  @Test
  void idleTimeoutTriggersAfterTheLastResponseAndAsksTheUser() throws Exception {
    WebSocketTest.MovableClock clock = new WebSocketTest.MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    try (RealtimeEmulator timed = RealtimeEmulator.builder().clock(clock).build().start();
        TestClient.Socket socket = TestClient.Socket.open(timed, false)) {
      update(socket, "{\"type\": \"server_vad\", \"idle_timeout_ms\": 6000}", null);
      socket.send(WebSocketTest.userText("Hello"));
      socket.send("{\"type\": \"response.create\"}");
      socket.until("response.done");
      TimeUnit.MILLISECONDS.sleep(100); // the idle timer is armed as the response ends
      appendAll(socket, TestAudio.silence(2000)); // the user says nothing
      TimeUnit.MILLISECONDS.sleep(100);
      clock.advance(Duration.ofMillis(5000));
      TimeUnit.MILLISECONDS.sleep(100);
      assertThat(socket.events).isEmpty(); // not yet: 6 s after the answer's audio played out

      clock.advance(Duration.ofMillis(1100));
      List<JsonNode> events = collectUntil(socket, "response.done");
      assertThat(types(events)).containsSubsequence("input_audio_buffer.timeout_triggered",
          "input_audio_buffer.committed", "conversation.item.added", "response.created", "response.done");
      JsonNode triggered = first(events, "input_audio_buffer.timeout_triggered");
      assertThat(triggered.get("audio_start_ms").asLong()).isZero();
      assertThat(triggered.get("audio_end_ms").asLong()).isEqualTo(2000);
      assertThat(first(events, "input_audio_buffer.committed").get("item_id").asText())
          .isEqualTo(triggered.get("item_id").asText());
      assertThat(last(events).at("/response/output/0/content/0/transcript").asText())
          .isEqualTo(RealtimeSocket.IDLE_PROMPT);
      for (RecordedEvent event : timed.sentEvents()) {
        assertValidGaServerEvent(TestClient.json(event.json()));
      }
    }
  }

  // ---- helpers

  private TestClient.Socket open() {
    TestClient.Socket socket = TestClient.Socket.open(emulator, false);
    socket.until("conversation.created");
    return socket;
  }

  /** A session.update of the audio input's turn detection (and transcription when not null). */
  static void update(TestClient.Socket socket, String turnDetection, String transcription) {
    socket.send("{\"type\": \"session.update\", \"session\": {\"type\": \"realtime\", \"audio\": {\"input\": {"
        + (transcription == null ? "" : transcription + ", ") + "\"turn_detection\": " + turnDetection + "}}}}");
    socket.until("session.updated");
  }

  static void appendAll(TestClient.Socket socket, byte[] pcm) {
    TestAudio.appendEvents(pcm).forEach(socket::send);
  }

  static JsonNode first(List<JsonNode> events, String type) {
    return events.stream().filter(e -> e.get("type").asText().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + types(events)));
  }

  static JsonNode last(List<JsonNode> events) {
    return events.get(events.size() - 1);
  }

  private static byte[] scale(byte[] pcm, double factor) {
    short[] samples = TestAudio.samples(pcm);
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) Math.round(samples[i] * factor);
    }
    return TestAudio.pcm(samples);
  }
}
