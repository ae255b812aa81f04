package dev.realtimeprofiles.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.Eagerness;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.runtime.internal.json.BetaRequestWriter;
import dev.realtimeprofiles.runtime.internal.json.GaRequestWriter;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every body the writers produce validates against the schemas of OpenAI's spec. */
class RequestBodySchemaTest {

  private static final RealtimeSchemas SCHEMAS = RealtimeSchemas.bundled();

  static Stream<SessionConfig> gaConfigs() {
    return Stream.of(
        TestConfigs.fullGa(),
        SessionConfig.builder().build(),
        TestConfigs.off(Api.GA),
        TestConfigs.fullGa()
            .withVoice("voice_1234")
            .withModalities(List.of(Modality.TEXT))
            .withInputAudioFormat(AudioFormat.G711_ALAW)
            .withMaxResponseOutputTokens(SessionConfig.INF)
            .withToolChoice(ToolChoice.AUTO)
            .withTurnDetection(TurnDetectionConfig.semanticVad().withEagerness(Eagerness.LOW)));
  }

  static Stream<SessionConfig> betaConfigs() {
    return Stream.of(
        TestConfigs.fullBeta(),
        SessionConfig.builder().api(Api.BETA).build(),
        TestConfigs.off(Api.BETA),
        TestConfigs.fullBeta()
            .withModalities(List.of(Modality.TEXT))
            .withMaxResponseOutputTokens(4096)
            .withToolChoice(ToolChoice.function("lookupOrder"))
            .withTurnDetection(
                TurnDetectionConfig.serverVad().withThreshold(0.5).withSilenceDurationMs(500)));
  }

  @ParameterizedTest
  @MethodSource("gaConfigs")
  void gaClientSecretBodyIsValid(SessionConfig config) {
    String body = GaRequestWriter.clientSecretBody(config);
    assertThat(SCHEMAS.validate(RealtimeSchemas.GA_CLIENT_SECRET_REQUEST, body)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("gaConfigs")
  void gaSessionObjectIsValid(SessionConfig config) {
    String session = GaRequestWriter.sessionJson(config);
    assertThat(SCHEMAS.validate(RealtimeSchemas.GA_SESSION, session)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("betaConfigs")
  void betaSessionBodyIsValid(SessionConfig config) {
    String body = BetaRequestWriter.sessionBody(config);
    assertThat(SCHEMAS.validate(RealtimeSchemas.BETA_SESSION, body)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("gaConfigs")
  void theValidatorWouldNoticeABrokenGaBody(SessionConfig config) {
    // Guards against a validator that accepts anything: a wrong type must be reported.
    String broken =
        GaRequestWriter.clientSecretBody(config).replace("\"type\":\"realtime\"", "\"type\":7");
    assertThat(SCHEMAS.validate(RealtimeSchemas.GA_CLIENT_SECRET_REQUEST, broken)).isNotEmpty();
  }
}
