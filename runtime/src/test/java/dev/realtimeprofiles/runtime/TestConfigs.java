package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.Eagerness;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.Voice;
import java.util.List;

/** Configs shared by the tests: every field set, both shapes, and the "off" values. */
public final class TestConfigs {

  public static final String LOOKUP_ORDER_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"orderId\":{\"type\":\"string\","
          + "\"description\":\"order number, like A-1017\"}},\"required\":[\"orderId\"]}";

  private TestConfigs() {}

  public static FunctionTool lookupOrder() {
    return FunctionTool.builder()
        .name("lookupOrder")
        .description("Look up the status of an order")
        .parameters(LOOKUP_ORDER_SCHEMA)
        .build();
  }

  /** A GA profile with every GA field set. */
  public static SessionConfig fullGa() {
    return SessionConfig.builder()
        .model(Model.GPT_REALTIME)
        .voice(Voice.MARIN)
        .addModalities(Modality.AUDIO)
        .instructions("You are the support agent of Acme. Be brief.")
        .inputAudioFormat(AudioFormat.PCM16)
        .outputAudioFormat(AudioFormat.G711_ULAW)
        .inputAudioTranscription(
            TranscriptionConfig.builder()
                .model("gpt-4o-mini-transcribe")
                .language("en")
                .prompt("Order numbers look like A-1017.")
                .build())
        .turnDetection(
            TurnDetectionConfig.serverVad()
                .withThreshold(0.6)
                .withPrefixPaddingMs(300)
                .withSilenceDurationMs(400)
                .withIdleTimeoutMs(6000)
                .withCreateResponse(true)
                .withInterruptResponse(false))
        .noiseReduction(NoiseReduction.NEAR_FIELD)
        .addTools(lookupOrder())
        .toolChoice(ToolChoice.function("lookupOrder"))
        .maxResponseOutputTokens(1024)
        .speed(1.25)
        .expiresAfterSeconds(600)
        .extra("{\"tracing\":\"auto\"}")
        .build();
  }

  /** A beta profile with every beta field set. */
  public static SessionConfig fullBeta() {
    return SessionConfig.builder()
        .api(Api.BETA)
        .model(Model.GPT_4O_REALTIME_PREVIEW_2024_12_17)
        .voice(Voice.ASH)
        .addModalities(Modality.AUDIO, Modality.TEXT)
        .instructions("You are the support agent of Acme. Be brief.")
        .inputAudioFormat(AudioFormat.PCM16)
        .outputAudioFormat(AudioFormat.G711_ALAW)
        .inputAudioTranscription(TranscriptionConfig.builder().model("whisper-1").build())
        .turnDetection(
            TurnDetectionConfig.semanticVad()
                .withEagerness(Eagerness.HIGH)
                .withCreateResponse(false))
        .noiseReduction(NoiseReduction.FAR_FIELD)
        .tools(List.of(lookupOrder()))
        .toolChoice("required")
        .temperature(0.7)
        .maxResponseOutputTokens(SessionConfig.INF)
        .speed(1.1)
        .extra("{\"tracing\":\"auto\"}")
        .build();
  }

  /** Turn detection and noise reduction explicitly off, everything else unset. */
  public static SessionConfig off(Api api) {
    return SessionConfig.builder()
        .api(api)
        .turnDetection(TurnDetectionConfig.off())
        .noiseReduction(NoiseReduction.NONE)
        .build();
  }
}
