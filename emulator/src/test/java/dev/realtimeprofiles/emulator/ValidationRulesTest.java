package dev.realtimeprofiles.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of DESIGN §3 the server enforces, as a table: body, offending param, error code. */
class ValidationRulesTest {
  static final RealtimeEmulator EMULATOR = RealtimeEmulator.builder().build().start();

  @AfterAll
  static void close() {
    EMULATOR.close();
  }

  static Arguments ga(String session, String param, String code) {
    return Arguments.of("/realtime/client_secrets",
        "{\"session\": {\"type\": \"realtime\", " + session + "}}", param, code);
  }

  static Arguments gaBody(String body, String param, String code) {
    return Arguments.of("/realtime/client_secrets", body, param, code);
  }

  static Arguments beta(String fields, String param, String code) {
    return Arguments.of("/realtime/sessions", "{" + fields + "}", param, code);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        // envelope and unknown fields
        gaBody("{\"session\": {\"type\": \"realtime\"}, \"foo\": 1}", "foo", "unknown_parameter"),
        gaBody("{\"session\": {}}", "session.type", "missing_required_parameter"),
        gaBody("{\"session\": {\"type\": \"transcriptionx\"}}", "session.type", "invalid_value"),
        gaBody("{\"session\": 3}", "session", "invalid_type"),
        ga("\"temperature\": 0.8", "session.temperature", "unknown_parameter"),
        ga("\"modalities\": [\"text\"]", "session.modalities", "unknown_parameter"),
        ga("\"audio\": {\"output\": {\"pitch\": 2}}", "session.audio.output.pitch", "unknown_parameter"),
        beta("\"output_modalities\": [\"text\"]", "output_modalities", "unknown_parameter"),
        beta("\"id\": \"sess_1\"", "id", "unknown_parameter"),
        // expires_after.seconds [10, 7200]
        gaBody("{\"expires_after\": {\"seconds\": 9}}", "expires_after.seconds", "value_below_min"),
        gaBody("{\"expires_after\": {\"seconds\": 7201}}", "expires_after.seconds", "value_above_max"),
        gaBody("{\"expires_after\": {\"anchor\": \"now\"}}", "expires_after.anchor", "invalid_value"),
        beta("\"client_secret\": {\"expires_after\": {\"seconds\": 5}}", "client_secret.expires_after.seconds", "value_below_min"),
        // temperature (beta only) [0.6, 1.2]
        beta("\"temperature\": 0.5", "temperature", "value_below_min"),
        beta("\"temperature\": 1.3", "temperature", "value_above_max"),
        beta("\"temperature\": \"hot\"", "temperature", "invalid_type"),
        // max output tokens 1..4096 or "inf"
        ga("\"max_output_tokens\": 0", "session.max_output_tokens", "value_below_min"),
        ga("\"max_output_tokens\": 4097", "session.max_output_tokens", "value_above_max"),
        ga("\"max_output_tokens\": \"infinite\"", "session.max_output_tokens", "invalid_value"),
        beta("\"max_response_output_tokens\": 5000", "max_response_output_tokens", "value_above_max"),
        // modalities: GA exactly one; beta [text] or [audio, text]
        ga("\"output_modalities\": [\"audio\", \"text\"]", "session.output_modalities", "invalid_value"),
        ga("\"output_modalities\": []", "session.output_modalities", "invalid_value"),
        ga("\"output_modalities\": [\"video\"]", "session.output_modalities[0]", "invalid_value"),
        beta("\"modalities\": [\"audio\"]", "modalities", "invalid_value"),
        beta("\"modalities\": [\"text\", \"text\"]", "modalities", "invalid_value"),
        // turn detection
        ga("\"audio\": {\"input\": {\"turn_detection\": {\"type\": \"server_vad\", \"threshold\": 1.5}}}",
            "session.audio.input.turn_detection.threshold", "value_above_max"),
        ga("\"audio\": {\"input\": {\"turn_detection\": {\"type\": \"server_vad\", \"threshold\": -0.1}}}",
            "session.audio.input.turn_detection.threshold", "value_below_min"),
        ga("\"audio\": {\"input\": {\"turn_detection\": {\"type\": \"server_vad\", \"prefix_padding_ms\": -1}}}",
            "session.audio.input.turn_detection.prefix_padding_ms", "value_below_min"),
        ga("\"audio\": {\"input\": {\"turn_detection\": {\"type\": \"server_vad\", \"silence_duration_ms\": -5}}}",
            "session.audio.input.turn_detection.silence_duration_ms", "value_below_min"),
        ga("\"audio\": {\"input\": {\"turn_detection\": {\"type\": \"server_vad\", \"idle_timeout_ms\": 4999}}}",
            "session.audio.input.turn_detection.idle_timeout_ms", "value_below_min"),
        ga("\"audio\": {\"input\": {\"turn_detection\": {\"type\": \"server_vad\", \"idle_timeout_ms\": 30001}}}",
            "session.audio.input.turn_detection.idle_timeout_ms", "value_above_max"),
        ga("\"audio\": {\"input\": {\"turn_detection\": {\"type\": \"server_vad\", \"eagerness\": \"low\"}}}",
            "session.audio.input.turn_detection.eagerness", "unknown_parameter"),
        ga("\"audio\": {\"input\": {\"turn_detection\": {\"type\": \"semantic_vad\", \"threshold\": 0.5}}}",
            "session.audio.input.turn_detection.threshold", "unknown_parameter"),
        ga("\"audio\": {\"input\": {\"turn_detection\": {\"type\": \"semantic_vad\", \"eagerness\": \"eager\"}}}",
            "session.audio.input.turn_detection.eagerness", "invalid_value"),
        ga("\"audio\": {\"input\": {\"turn_detection\": {\"threshold\": 0.5}}}",
            "session.audio.input.turn_detection.type", "missing_required_parameter"),
        ga("\"audio\": {\"input\": {\"turn_detection\": {\"type\": \"push_to_talk\"}}}",
            "session.audio.input.turn_detection.type", "invalid_value"),
        ga("\"audio\": {\"input\": {\"turn_detection\": {\"type\": \"server_vad\", \"create_response\": \"yes\"}}}",
            "session.audio.input.turn_detection.create_response", "invalid_type"),
        beta("\"turn_detection\": {\"type\": \"server_vad\", \"threshold\": 2}", "turn_detection.threshold", "value_above_max"),
        beta("\"turn_detection\": {\"type\": \"semantic_vad\", \"silence_duration_ms\": 200}",
            "turn_detection.silence_duration_ms", "unknown_parameter"),
        // audio formats
        ga("\"audio\": {\"input\": {\"format\": {\"type\": \"audio/pcm\", \"rate\": 16000}}}",
            "session.audio.input.format.rate", "invalid_value"),
        ga("\"audio\": {\"output\": {\"format\": {\"type\": \"audio/wav\"}}}",
            "session.audio.output.format.type", "invalid_value"),
        ga("\"audio\": {\"output\": {\"format\": {\"type\": \"audio/pcmu\", \"rate\": 8000}}}",
            "session.audio.output.format.rate", "unknown_parameter"),
        ga("\"audio\": {\"output\": {\"format\": \"pcm16\"}}", "session.audio.output.format", "invalid_type"),
        beta("\"input_audio_format\": \"audio/pcm\"", "input_audio_format", "invalid_value"),
        beta("\"output_audio_format\": \"mp3\"", "output_audio_format", "invalid_value"),
        // voice
        ga("\"audio\": {\"output\": {\"voice\": \"robot\"}}", "session.audio.output.voice", "invalid_value"),
        beta("\"voice\": \"marin\"", "voice", "invalid_value"),
        beta("\"voice\": \"cedar\"", "voice", "invalid_value"),
        // speed [0.25, 1.5]
        ga("\"audio\": {\"output\": {\"speed\": 3.0}}", "session.audio.output.speed", "value_above_max"),
        ga("\"audio\": {\"output\": {\"speed\": 0.2}}", "session.audio.output.speed", "value_below_min"),
        beta("\"speed\": 1.6", "speed", "value_above_max"),
        // transcription
        ga("\"audio\": {\"input\": {\"transcription\": {\"model\": \"whisper-1\", \"language\": \"EN\"}}}",
            "session.audio.input.transcription.language", "invalid_value"),
        beta("\"input_audio_transcription\": {\"model\": \"whisper-1\", \"language\": \"eng\"}",
            "input_audio_transcription.language", "invalid_value"),
        // noise reduction
        ga("\"audio\": {\"input\": {\"noise_reduction\": {\"type\": \"mid_field\"}}}",
            "session.audio.input.noise_reduction.type", "invalid_value"),
        // tools
        ga("\"tools\": [{\"type\": \"function\", \"name\": \"look up\"}]", "session.tools[0].name", "invalid_value"),
        ga("\"tools\": [{\"type\": \"function\", \"name\": \"" + "x".repeat(65) + "\"}]", "session.tools[0].name", "invalid_value"),
        ga("\"tools\": [{\"type\": \"function\", \"name\": \"a\"}, {\"type\": \"function\", \"name\": \"a\"}]",
            "session.tools[1].name", "invalid_value"),
        ga("\"tools\": [{\"type\": \"function\", \"name\": \"a\", \"description\": \"" + "d".repeat(1025) + "\"}]",
            "session.tools[0].description", "string_above_max_length"),
        ga("\"tools\": [{\"name\": \"a\"}]", "session.tools[0].type", "missing_required_parameter"),
        ga("\"tools\": [{\"type\": \"function\", \"name\": \"a\", \"parameters\": []}]",
            "session.tools[0].parameters", "invalid_type"),
        beta("\"tools\": [{\"type\": \"function\", \"name\": \"a.b\"}]", "tools[0].name", "invalid_value"),
        // tool_choice
        ga("\"tool_choice\": \"sometimes\"", "session.tool_choice", "invalid_value"),
        ga("\"tool_choice\": {\"type\": \"function\", \"name\": \"lookupOrder\"}", "session.tool_choice.name", "invalid_value"),
        ga("\"tools\": [{\"type\": \"function\", \"name\": \"a\"}], \"tool_choice\": {\"type\": \"function\", \"name\": \"b\"}",
            "session.tool_choice.name", "invalid_value"),
        beta("\"tool_choice\": \"lookupOrder\"", "tool_choice", "invalid_value"),
        // what only the spec's schema says (the fallback)
        ga("\"include\": [\"everything\"]", "session.include[0]", "invalid_value"),
        ga("\"truncation\": \"sometimes\"", "session.truncation", "invalid_value"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("invalid")
  void rejectsWithTheOffendingParam(String path, String body, String param, String code) {
    TestClient.Answer answer = TestClient.post(EMULATOR, path, body, EMULATOR.apiKey());

    assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
    JsonNode error = answer.body().get("error");
    assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(error.get("param").asText()).as(answer.raw()).isEqualTo(param);
    assertThat(error.get("code").asText()).as(answer.raw()).isEqualTo(code);
    assertThat(error.get("message").asText()).contains(param);
    assertThat(answer.requestId()).startsWith("req_");
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        ga("\"output_modalities\": [\"text\"], \"max_output_tokens\": 4096", null, null),
        ga("\"max_output_tokens\": \"inf\", \"audio\": {\"output\": {\"voice\": \"voice_123abc\", \"speed\": 0.25}}", null, null),
        ga("\"audio\": {\"input\": {\"turn_detection\": null, \"noise_reduction\": null}}", null, null),
        ga("\"audio\": {\"input\": {\"turn_detection\": {\"type\": \"server_vad\", \"threshold\": 0, \"idle_timeout_ms\": 5000,"
            + " \"create_response\": false}, \"noise_reduction\": {\"type\": \"far_field\"},"
            + " \"transcription\": {\"model\": \"gpt-4o-mini-transcribe\", \"language\": \"en\"},"
            + " \"format\": {\"type\": \"audio/pcmu\"}}}", null, null),
        ga("\"tools\": [{\"type\": \"function\", \"name\": \"lookup_Order-2\", \"description\": \"d\","
            + " \"parameters\": {\"type\": \"object\"}}], \"tool_choice\": {\"type\": \"function\", \"name\": \"lookup_Order-2\"}",
            null, null),
        gaBody("{\"expires_after\": {\"anchor\": \"created_at\", \"seconds\": 7200}}", null, null),
        gaBody("{\"expires_after\": {\"seconds\": 10}}", null, null),
        beta("\"modalities\": [\"text\"], \"temperature\": 0.6, \"voice\": \"verse\"", null, null),
        beta("\"modalities\": [\"text\", \"audio\"], \"temperature\": 1.2, \"max_response_output_tokens\": 1", null, null),
        beta("\"turn_detection\": null, \"input_audio_transcription\": {\"model\": \"whisper-1\", \"language\": \"de\"}",
            null, null),
        beta("\"tools\": [{\"type\": \"function\", \"name\": \"lookupOrder\"}], \"tool_choice\": \"lookupOrder\"", null, null));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("valid")
  void acceptsTheEdgesOfEachRange(String path, String body, String ignoredParam, String ignoredCode) {
    TestClient.Answer answer = TestClient.post(EMULATOR, path, body, EMULATOR.apiKey());
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
  }

  @Test
  void errorsNeverEchoTheApiKey() {
    TestClient.Answer answer = TestClient.post(EMULATOR, "/realtime/sessions",
        "{\"instructions\": \"" + EMULATOR.apiKey() + "\", \"temperature\": 9}", EMULATOR.apiKey());
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().at("/error/param").asText()).isEqualTo("temperature");
  }
}
