package dev.realtimeprofiles.processor;

import static dev.realtimeprofiles.processor.Profiles.agent;
import static dev.realtimeprofiles.processor.Profiles.assertOnlyError;
import static dev.realtimeprofiles.processor.Profiles.assertValid;

import dev.realtimeprofiles.processor.validate.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"0.6", "0.8", "1.2"})
  void temperatureInRangeOnBeta(String t) {
    assertValid(agent("api = Api.BETA", "temperature = " + t));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 1.3, 3.0, -1.0})
  void temperatureOutOfRangeOnBeta(double t) {
    assertOnlyError(agent("api = Api.BETA", "temperature = " + t), "temperature = " + t,
        Message.TEMPERATURE_RANGE, t);
  }

  @Test
  void temperatureOnGa() {
    assertOnlyError(agent("temperature = 0.8"), "temperature = 0.8", Message.NOT_IN_GA,
        "temperature");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "4096", "RealtimeSession.INF"})
  void maxTokensValid(String n) {
    assertValid(agent("maxResponseOutputTokens = " + n));
    assertValid(agent("api = Api.BETA", "maxResponseOutputTokens = " + n));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 4097, 5000})
  void maxTokensInvalid(int n) {
    assertOnlyError(agent("maxResponseOutputTokens = " + n), "maxResponseOutputTokens = " + n,
        Message.MAX_TOKENS_RANGE, n);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.25", "1.0", "1.5"})
  void speedValid(String s) {
    assertValid(agent("speed = " + s));
    assertValid(agent("api = Api.BETA", "speed = " + s));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.2, 1.6, 0.0})
  void speedInvalid(double s) {
    assertOnlyError(agent("speed = " + s), "speed = " + s, Message.SPEED_RANGE, s);
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 600, 7200})
  void expiresValid(int s) {
    assertValid(agent("expiresAfterSeconds = " + s));
  }

  @ParameterizedTest
  @ValueSource(ints = {9, 0, 7201})
  void expiresInvalid(int s) {
    assertOnlyError(agent("expiresAfterSeconds = " + s), "expiresAfterSeconds = " + s,
        Message.EXPIRES_RANGE, s);
  }

  @Test
  void expiresOnBeta() {
    assertOnlyError(agent("api = Api.BETA", "expiresAfterSeconds = 600"),
        "expiresAfterSeconds = 600", Message.NOT_IN_BETA, "expiresAfterSeconds");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Modality.AUDIO", "Modality.TEXT", "{Modality.TEXT}"})
  void gaModalitiesValid(String m) {
    assertValid(agent("modalities = " + m));
  }

  @Test
  void gaModalitiesTwoPointsAtSecondElement() {
    assertOnlyError(
        agent("modalities = {\n      Modality.AUDIO,\n      Modality.TEXT}"),
        Profiles.line("Modality.TEXT}", "modalities = {"),
        Message.MODALITIES_GA,
        "{AUDIO, TEXT}");
  }

  @Test
  void gaModalitiesEmpty() {
    assertOnlyError(agent("modalities = {}"), "modalities = {}", Message.MODALITIES_GA, "{}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Modality.TEXT", "{Modality.AUDIO, Modality.TEXT}",
        "{Modality.TEXT, Modality.AUDIO}"})
  void betaModalitiesValid(String m) {
    assertValid(agent("api = Api.BETA", "modalities = " + m));
  }

  @Test
  void betaAudioAlone() {
    assertOnlyError(agent("api = Api.BETA", "modalities = Modality.AUDIO"),
        "modalities = Modality.AUDIO", Message.MODALITIES_BETA, "{AUDIO}");
  }

  @Test
  void betaDuplicatePointsAtTheDuplicate() {
    assertOnlyError(
        agent("api = Api.BETA", "modalities = {\n      Modality.TEXT,\n      Modality.TEXT}"),
        Profiles.line("Modality.TEXT}", "modalities = {"),
        Message.MODALITIES_BETA,
        "{TEXT, TEXT}");
  }

  @Test
  void voicesValid() {
    assertValid(agent("voice = Voice.MARIN"));
    assertValid(agent("api = Api.BETA", "voice = Voice.VERSE"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"MARIN", "CEDAR"})
  void gaOnlyVoiceOnBeta(String v) {
    assertOnlyError(agent("api = Api.BETA", "voice = Voice." + v), "voice = Voice." + v,
        Message.VOICE_NOT_IN_BETA, v, "ALLOY, ASH, BALLAD, CORAL, ECHO, SAGE, SHIMMER, VERSE");
  }

  @Test
  void voiceAndVoiceId() {
    assertOnlyError(agent("voice = Voice.ASH", "voiceId = \"voice_1234\""),
        "voiceId = \"voice_1234\"", Message.VOICE_AND_VOICE_ID, "\"voice_1234\"");
  }

  @Test
  void voiceIdWarns() {
    Profiles.assertOnlyWarning(agent("voiceId = \"voice_1234\""), "voiceId = \"voice_1234\"",
        Message.VOICE_ID_UNCHECKED, "\"voice_1234\"");
  }

  @Test
  void voiceIdEmpty() {
    assertOnlyError(agent("voiceId = \"\""), "voiceId = \"\"", Message.VOICE_ID_EMPTY);
  }

  @Test
  void modelValid() {
    assertValid(agent("model = Model.GPT_REALTIME_MINI"));
  }

  @Test
  void modelAndModelId() {
    assertOnlyError(agent("model = Model.GPT_REALTIME", "modelId = \"gpt-realtime-3\""),
        "modelId = \"gpt-realtime-3\"", Message.MODEL_AND_MODEL_ID, "\"gpt-realtime-3\"");
  }

  @Test
  void modelIdWarns() {
    Profiles.assertOnlyWarning(agent("modelId = \"gpt-realtime-3\""),
        "modelId = \"gpt-realtime-3\"", Message.MODEL_ID_UNCHECKED, "\"gpt-realtime-3\"");
  }

  @Test
  void modelIdEmpty() {
    assertOnlyError(agent("modelId = \"\""), "modelId = \"\"", Message.MODEL_ID_EMPTY);
  }
}
