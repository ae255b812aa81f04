package dev.realtimeprofiles.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.TurnDetectionType;
import dev.realtimeprofiles.Voice;
import org.junit.jupiter.api.Test;

class SessionConfigTest {

  @Test
  void defaultsToGaAndEverythingAbsent() {
    SessionConfig config = SessionConfig.builder().build();
    assertThat(config.api()).isEqualTo(Api.GA);
    assertThat(config.model()).isEmpty();
    assertThat(config.turnDetection()).isEmpty();
    assertThat(config.noiseReduction()).isEmpty();
    assertThat(config.modalities()).isEmpty();
  }

  @Test
  void enumConveniencesWriteWireValues() {
    SessionConfig config =
        SessionConfig.builder().model(Model.GPT_REALTIME_MINI).voice(Voice.CEDAR).build();
    assertThat(config.model()).hasValue("gpt-realtime-mini");
    assertThat(config.voice()).hasValue("cedar");
  }

  @Test
  void withCopiesLeaveTheOriginalAlone() {
    SessionConfig base = TestConfigs.fullGa();
    SessionConfig changed = base.withInstructions("Other").withNoiseReduction(NoiseReduction.NONE);
    assertThat(base.instructions()).hasValue("You are the support agent of Acme. Be brief.");
    assertThat(changed.instructions()).hasValue("Other");
    assertThat(changed.noiseReduction()).hasValue(NoiseReduction.NONE);
    assertThat(changed).isNotEqualTo(base);
    assertThat(TestConfigs.fullGa()).isEqualTo(base).hasSameHashCodeAs(base);
  }

  @Test
  void offIsDistinctFromAbsent() {
    assertThat(TurnDetectionConfig.off().isOff()).isTrue();
    assertThat(TurnDetectionConfig.off().type()).isEqualTo(TurnDetectionType.NONE);
    assertThat(TestConfigs.off(Api.GA).turnDetection()).hasValue(TurnDetectionConfig.off());
  }

  @Test
  void offTakesNoOtherField() {
    assertThatThrownBy(() -> TurnDetectionConfig.off().withSilenceDurationMs(400))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NONE is sent as null");
  }

  @Test
  void toolChoiceStrings() {
    assertThat(ToolChoice.of("auto")).isSameAs(ToolChoice.AUTO);
    assertThat(ToolChoice.of("none")).isSameAs(ToolChoice.NONE);
    assertThat(ToolChoice.of("required")).isSameAs(ToolChoice.REQUIRED);
    assertThat(ToolChoice.of("lookupOrder").functionName()).hasValue("lookupOrder");
    assertThat(ToolChoice.of("lookupOrder").mode()).isEmpty();
  }

  @Test
  void rejectsBadToolsAndExtra() {
    assertThatThrownBy(() -> FunctionTool.builder().name("has space").build())
        .hasMessageContaining("^[a-zA-Z0-9_-]{1,64}$");
    assertThatThrownBy(() -> FunctionTool.builder().name("t").parameters("[1]").build())
        .hasMessage("parameters of tool t must be a JSON object, was ARRAY");
    assertThatThrownBy(() -> FunctionTool.builder().name("t").parameters("{\"a\":").build())
        .hasMessageStartingWith("parameters of tool t is not valid JSON");
    assertThatThrownBy(() -> SessionConfig.builder().extra("{} {}").build())
        .hasMessageStartingWith("extra is not valid JSON");
    assertThatThrownBy(
            () ->
                SessionConfig.builder()
                    .addTools(TestConfigs.lookupOrder(), TestConfigs.lookupOrder())
                    .build())
        .hasMessage("tool names must be unique; duplicate lookupOrder");
    assertThatThrownBy(() -> SessionConfig.builder().maxResponseOutputTokens(0).build())
        .hasMessageContaining("maxResponseOutputTokens must be >= 1 or INF");
  }

  @Test
  void requestOfPicksTheShapeByApi() {
    assertThat(SessionRequest.of(TestConfigs.fullGa()).body()).startsWith("{\"expires_after\"");
    assertThat(SessionRequest.of(TestConfigs.fullBeta()).body()).startsWith("{\"model\"");
    SessionRequest precomputed = SessionRequest.of(TestConfigs.fullGa(), "{\"session\":{}}");
    assertThat(precomputed.body()).isEqualTo("{\"session\":{}}");
    assertThat(precomputed.config()).isEqualTo(TestConfigs.fullGa());
  }
}
