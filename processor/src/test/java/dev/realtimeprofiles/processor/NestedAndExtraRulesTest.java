package dev.realtimeprofiles.processor;

import static dev.realtimeprofiles.processor.Profiles.agent;
import static dev.realtimeprofiles.processor.Profiles.assertOnlyError;
import static dev.realtimeprofiles.processor.Profiles.assertOnlyWarning;
import static dev.realtimeprofiles.processor.Profiles.assertValid;

import dev.realtimeprofiles.processor.validate.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Turn detection, transcription and extra. */
class NestedAndExtraRulesTest {
  private static final String KNOWN =
      "whisper-1, gpt-transcribe, gpt-live-transcribe, gpt-4o-mini-transcribe,"
          + " gpt-4o-mini-transcribe-2025-12-15, gpt-4o-transcribe, gpt-4o-transcribe-diarize,"
          + " gpt-realtime-whisper";

  private static String turnDetection(String... attrs) {
    return "turnDetection = @TurnDetection(\n        " + String.join(",\n        ", attrs) + ")";
  }

  @Test
  void serverVadValid() {
    assertValid(
        agent(
            turnDetection(
                "type = TurnDetectionType.SERVER_VAD",
                "threshold = 0.0",
                "prefixPaddingMs = 0",
                "silenceDurationMs = 400",
                "idleTimeoutMs = 5000",
                "createResponse = false",
                "interruptResponse = false")));
    assertValid(agent(turnDetection("threshold = 1.0", "idleTimeoutMs = 30000")));
  }

  @Test
  void semanticVadValid() {
    assertValid(
        agent(
            turnDetection(
                "type = TurnDetectionType.SEMANTIC_VAD",
                "eagerness = Eagerness.HIGH",
                "createResponse = true",
                "interruptResponse = false")));
  }

  @Test
  void noneValid() {
    assertValid(agent(turnDetection("type = TurnDetectionType.NONE")));
    assertValid(agent("api = Api.BETA", turnDetection("type = TurnDetectionType.NONE")));
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.5, -0.1})
  void thresholdOutOfRange(double t) {
    assertOnlyError(agent(turnDetection("threshold = " + t)), "threshold = " + t,
        Message.THRESHOLD_RANGE, t);
  }

  @ParameterizedTest
  @CsvSource({"prefixPaddingMs, -1", "silenceDurationMs, -5"})
  void negativeDurations(String attr, int value) {
    assertOnlyError(agent(turnDetection(attr + " = " + value)), attr + " = " + value,
        Message.NOT_NEGATIVE, attr, value);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 4999, 30001})
  void idleTimeoutOutOfRange(int ms) {
    assertOnlyError(agent(turnDetection("idleTimeoutMs = " + ms)), "idleTimeoutMs = " + ms,
        Message.IDLE_TIMEOUT_RANGE, ms);
  }

  @Test
  void eagernessOnServerVad() {
    assertOnlyError(
        agent(turnDetection("type = TurnDetectionType.SERVER_VAD", "eagerness = Eagerness.LOW")),
        "eagerness = Eagerness.LOW",
        Message.TURN_DETECTION_WRONG_TYPE,
        "eagerness", "SEMANTIC_VAD", "SERVER_VAD", "SEMANTIC_VAD");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"threshold = 0.5", "prefixPaddingMs = 300", "silenceDurationMs = 500",
        "idleTimeoutMs = 6000"})
  void serverVadFieldOnSemanticVad(String attr) {
    assertOnlyError(
        agent(turnDetection("type = TurnDetectionType.SEMANTIC_VAD", attr)),
        attr,
        Message.TURN_DETECTION_WRONG_TYPE,
        attr.substring(0, attr.indexOf(' ')), "SERVER_VAD", "SEMANTIC_VAD", "SERVER_VAD");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"threshold = 0.5", "eagerness = Eagerness.LOW", "createResponse = false",
        "interruptResponse = true", "idleTimeoutMs = 6000"})
  void noFieldWithNone(String attr) {
    assertOnlyError(
        agent(turnDetection("type = TurnDetectionType.NONE", attr)),
        attr,
        Message.TURN_DETECTION_NONE_FIELD,
        attr.substring(0, attr.indexOf(' ')));
  }

  private static String transcription(String... attrs) {
    return "inputAudioTranscription = @Transcription(\n        "
        + String.join(",\n        ", attrs) + ")";
  }

  @ParameterizedTest
  @ValueSource(strings = {"whisper-1", "gpt-4o-transcribe", "gpt-4o-mini-transcribe",
    "gpt-realtime-whisper"})
  void transcriptionValid(String model) {
    assertValid(agent(transcription("model = \"" + model + "\"", "language = \"en\"",
        "prompt = \"Acme, order numbers\"")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"EN", "eng", "e", "en-US", ""})
  void transcriptionLanguage(String language) {
    String line = "language = \"" + language + "\"";
    assertOnlyError(agent(transcription(line)), line, Message.TRANSCRIPTION_LANGUAGE,
        "\"" + language + "\"");
  }

  @Test
  void transcriptionModelUnknownWarns() {
    assertOnlyWarning(agent(transcription("model = \"whisper-2\"")), "model = \"whisper-2\"",
        Message.TRANSCRIPTION_MODEL_UNKNOWN, "\"whisper-2\"", KNOWN);
  }

  @Test
  void transcriptionModelEmpty() {
    assertOnlyError(agent(transcription("model = \"\"")), "model = \"\"",
        Message.TRANSCRIPTION_MODEL_EMPTY, KNOWN);
  }

  @Test
  void extraValid() {
    assertValid(agent("extra = \"{\\\"tracing\\\": \\\"auto\\\", \\\"truncation\\\": {}}\""));
    assertValid(agent("voice = Voice.ASH",
        "extra = \"{\\\"tracing\\\": \\\"auto\\\"}\""));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[1, 2]| it starts with \"[\"",
        "42| it starts with \"42\"",
        "{\"a\": 1} x| it does not parse at index 9: Unrecognized token 'x'",
        "{\"a\": 1} {| text follows the object at index 9",
        "{\"a\": 1 x| it does not parse at index 8: Unexpected character",
        "{\"a\": 1, \"a\": 2}| it does not parse at index 12: Duplicate field 'a'",
        "{\"a\": | it does not parse at index 5: Unexpected end-of-input within/between Object entries"
      })
  void extraNotAnObject(String json, String why) {
    String literal = "extra = \"" + json.replace("\"", "\\\"") + "\"";
    assertOnlyError(agent(literal), literal, Message.EXTRA_NOT_OBJECT, why);
  }

  @Test
  void extraClashOnGa() {
    String extra = "extra = \"{\\\"audio\\\": {}}\"";
    assertOnlyError(agent("voice = Voice.ASH", extra), extra, Message.EXTRA_KEY_CLASH,
        "\"audio\"", "GA");
    String type = "extra = \"{\\\"type\\\": \\\"transcription\\\"}\"";
    assertOnlyError(agent(type), type, Message.EXTRA_KEY_CLASH, "\"type\"", "GA");
  }

  @Test
  void extraClashOnBetaUsesBetaNames() {
    String extra = "extra = \"{\\\"max_response_output_tokens\\\": 10}\"";
    assertOnlyError(agent("api = Api.BETA", "maxResponseOutputTokens = 100", extra), extra,
        Message.EXTRA_KEY_CLASH, "\"max_response_output_tokens\"", "beta");
    // The same key is no clash on GA, which calls the field max_output_tokens.
    assertValid(agent("maxResponseOutputTokens = 100", extra));
  }
}
