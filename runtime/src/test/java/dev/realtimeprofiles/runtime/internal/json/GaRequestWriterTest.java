package dev.realtimeprofiles.runtime.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.TestConfigs;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class GaRequestWriterTest {

  @Test
  void writesEveryFieldInFixedOrder() {
    assertThat(GaRequestWriter.clientSecretBody(TestConfigs.fullGa()))
        .isEqualTo(
            "{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":600},"
                + "\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\","
                + "\"instructions\":\"You are the support agent of Acme. Be brief.\","
                + "\"output_modalities\":[\"audio\"],"
                + "\"audio\":{\"input\":{\"format\":{\"type\":\"audio/pcm\",\"rate\":24000},"
                + "\"transcription\":{\"model\":\"gpt-4o-mini-transcribe\",\"language\":\"en\","
                + "\"prompt\":\"Order numbers look like A-1017.\"},"
                + "\"noise_reduction\":{\"type\":\"near_field\"},"
                + "\"turn_detection\":{\"type\":\"server_vad\",\"threshold\":0.6,"
                + "\"prefix_padding_ms\":300,\"silence_duration_ms\":400,\"idle_timeout_ms\":6000,"
                + "\"create_response\":true,\"interrupt_response\":false}},"
                + "\"output\":{\"format\":{\"type\":\"audio/pcmu\"},\"voice\":\"marin\",\"speed\":1.25}},"
                + "\"max_output_tokens\":1024,"
                + "\"tools\":[{\"type\":\"function\",\"name\":\"lookupOrder\","
                + "\"description\":\"Look up the status of an order\",\"parameters\":"
                + TestConfigs.LOOKUP_ORDER_SCHEMA
                + "}],"
                + "\"tool_choice\":{\"type\":\"function\",\"name\":\"lookupOrder\"},"
                + "\"tracing\":\"auto\"}}");
  }

  @Test
  void emptyConfigIsTypeOnlyAndNoExpiry() {
    assertThat(GaRequestWriter.clientSecretBody(SessionConfig.builder().build()))
        .isEqualTo("{\"session\":{\"type\":\"realtime\"}}");
  }

  @Test
  void offIsNullAndAbsentIsOmitted() {
    assertThat(GaRequestWriter.sessionJson(TestConfigs.off(Api.GA)))
        .isEqualTo(
            "{\"type\":\"realtime\",\"audio\":{\"input\":{\"noise_reduction\":null,"
                + "\"turn_detection\":null}}}");
  }

  @Test
  void explicitTtlOverridesConfig() {
    assertThat(GaRequestWriter.clientSecretBody(TestConfigs.fullGa(), OptionalInt.of(30)))
        .startsWith("{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":30},");
  }

  @Test
  void sessionJsonIsTheSessionObjectWithTypeAndNoSecret() {
    String session = GaRequestWriter.sessionJson(TestConfigs.fullGa());
    assertThat(GaRequestWriter.clientSecretBody(TestConfigs.fullGa()))
        .endsWith(",\"session\":" + session + "}");
    assertThat(session).startsWith("{\"type\":\"realtime\",").doesNotContain("client_secret");
  }

  @Test
  void infiniteTokensCustomVoiceAndModes() {
    SessionConfig config =
        SessionConfig.builder()
            .voice("voice_1234")
            .outputAudioFormat(AudioFormat.G711_ALAW)
            .maxResponseOutputTokens(SessionConfig.INF)
            .toolChoice("none")
            .build();
    assertThat(GaRequestWriter.sessionJson(config))
        .isEqualTo(
            "{\"type\":\"realtime\",\"audio\":{\"output\":{\"format\":{\"type\":\"audio/pcma\"},"
                + "\"voice\":{\"id\":\"voice_1234\"}}},\"max_output_tokens\":\"inf\","
                + "\"tool_choice\":\"none\"}");
  }

  @Test
  void deterministic() {
    assertThat(GaRequestWriter.clientSecretBody(TestConfigs.fullGa()))
        .isEqualTo(GaRequestWriter.clientSecretBody(TestConfigs.fullGa()));
  }

  @Test
  void temperatureIsRejectedNamingTheOtherShape() {
    SessionConfig config = SessionConfig.builder().temperature(0.8).build();
    assertThatThrownBy(() -> GaRequestWriter.clientSecretBody(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("temperature is not part of the GA Realtime API; remove it or use Api.BETA");
  }

  @Test
  void extraClashingWithASetFieldIsRejected() {
    SessionConfig config =
        SessionConfig.builder().instructions("x").extra("{\"instructions\":\"y\"}").build();
    assertThatThrownBy(() -> GaRequestWriter.sessionJson(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extra sets \"instructions\"");
  }
}
