package dev.realtimeprofiles.runtime.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.TestConfigs;
import dev.realtimeprofiles.runtime.ToolChoice;
import org.junit.jupiter.api.Test;

class BetaRequestWriterTest {

  @Test
  void writesEveryFieldInFixedOrder() {
    assertThat(BetaRequestWriter.sessionBody(TestConfigs.fullBeta()))
        .isEqualTo(
            "{\"model\":\"gpt-4o-realtime-preview-2024-12-17\",\"modalities\":[\"audio\",\"text\"],"
                + "\"voice\":\"ash\","
                + "\"instructions\":\"You are the support agent of Acme. Be brief.\","
                + "\"input_audio_format\":\"pcm16\",\"output_audio_format\":\"g711_alaw\","
                + "\"input_audio_transcription\":{\"model\":\"whisper-1\"},"
                + "\"turn_detection\":{\"type\":\"semantic_vad\",\"eagerness\":\"high\","
                + "\"create_response\":false},"
                + "\"input_audio_noise_reduction\":{\"type\":\"far_field\"},"
                + "\"tools\":[{\"type\":\"function\",\"name\":\"lookupOrder\","
                + "\"description\":\"Look up the status of an order\",\"parameters\":"
                + TestConfigs.LOOKUP_ORDER_SCHEMA
                + "}],"
                + "\"tool_choice\":\"required\",\"temperature\":0.7,"
                + "\"max_response_output_tokens\":\"inf\",\"speed\":1.1,\"tracing\":\"auto\"}");
  }

  @Test
  void offIsNullAndAbsentIsOmitted() {
    assertThat(BetaRequestWriter.sessionBody(TestConfigs.off(Api.BETA)))
        .isEqualTo("{\"turn_detection\":null,\"input_audio_noise_reduction\":null}");
    assertThat(BetaRequestWriter.sessionBody(SessionConfig.builder().api(Api.BETA).build()))
        .isEqualTo("{}");
  }

  @Test
  void forcedFunctionIsItsNameAsAString() {
    SessionConfig config =
        TestConfigs.fullBeta().withToolChoice(ToolChoice.function("lookupOrder"));
    assertThat(BetaRequestWriter.sessionBody(config)).contains("\"tool_choice\":\"lookupOrder\"");
  }

  @Test
  void sessionJsonEqualsTheBody() {
    assertThat(BetaRequestWriter.sessionJson(TestConfigs.fullBeta()))
        .isEqualTo(BetaRequestWriter.sessionBody(TestConfigs.fullBeta()));
  }

  @Test
  void expiryIsRejectedNamingTheOtherShape() {
    SessionConfig config = SessionConfig.builder().api(Api.BETA).expiresAfterSeconds(60).build();
    assertThatThrownBy(() -> BetaRequestWriter.sessionBody(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expiresAfterSeconds is not part of the beta Realtime API; remove it or use Api.GA");
  }
}
