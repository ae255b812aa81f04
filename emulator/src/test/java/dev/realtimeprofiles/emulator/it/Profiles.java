package dev.realtimeprofiles.emulator.it;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.Eagerness;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.runtime.FunctionTool;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.ToolChoice;
import dev.realtimeprofiles.runtime.TranscriptionConfig;
import dev.realtimeprofiles.runtime.TurnDetectionConfig;
import java.time.Duration;

/** Session configs the integration tests send, with every field the runtime supports. */
final class Profiles {
  /** Every bounded wait of these tests. */
  static final Duration WAIT = Duration.ofSeconds(5);

  static final String LOOKUP_ORDER_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"orderId\":{\"type\":\"string\","
          + "\"description\":\"order number, like A-1017\"}},\"required\":[\"orderId\"]}";

  private Profiles() {}

  static FunctionTool lookupOrder() {
    return FunctionTool.builder()
        .name("lookupOrder")
        .description("Look up the status of an order")
        .parameters(LOOKUP_ORDER_SCHEMA)
        .build();
  }

  static FunctionTool cancelOrder() {
    return FunctionTool.builder()
        .name("cancelOrder")
        .description("Cancel an order")
        .parameters(LOOKUP_ORDER_SCHEMA)
        .build();
  }

  /**
   * GA, every field: tools, turn detection off, noise reduction off, transcription, max tokens
   * inf, both formats, speed, expiry and an {@code extra} field.
   */
  static SessionConfig richGa(Modality modality) {
    return SessionConfig.builder()
        .model(Model.GPT_REALTIME)
        .voice(Voice.MARIN)
        .addModalities(modality)
        .instructions("You are the support agent of Acme. Be brief.")
        .inputAudioFormat(AudioFormat.PCM16)
        .outputAudioFormat(AudioFormat.G711_ULAW)
        .inputAudioTranscription(
            TranscriptionConfig.builder()
                .model("gpt-4o-mini-transcribe")
                .language("en")
                .prompt("Order numbers look like A-1017.")
                .build())
        .turnDetection(TurnDetectionConfig.off())
        .noiseReduction(NoiseReduction.NONE)
        .addTools(lookupOrder(), cancelOrder())
        .toolChoice(ToolChoice.AUTO)
        .maxResponseOutputTokens(SessionConfig.INF)
        .speed(1.25)
        .expiresAfterSeconds(600)
        .extra("{\"tracing\":\"auto\"}")
        .build();
  }

  /** GA with the other values: server VAD with every field, near field, forced function, 1024. */
  static SessionConfig vadGa() {
    return SessionConfig.builder()
        .model(Model.GPT_REALTIME_MINI)
        .voice(Voice.CEDAR)
        .addModalities(Modality.TEXT)
        .inputAudioFormat(AudioFormat.G711_ALAW)
        .outputAudioFormat(AudioFormat.PCM16)
        .inputAudioTranscription(TranscriptionConfig.builder().model("whisper-1").build())
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
        .speed(0.25)
        .build();
  }

  /** Beta, every beta field: semantic VAD, temperature, max tokens inf. */
  static SessionConfig richBeta(Modality... modalities) {
    return SessionConfig.builder()
        .api(Api.BETA)
        .model(Model.GPT_4O_REALTIME_PREVIEW_2024_12_17)
        .voice(Voice.ASH)
        .addModalities(modalities)
        .instructions("You are the support agent of Acme. Be brief.")
        .inputAudioFormat(AudioFormat.PCM16)
        .outputAudioFormat(AudioFormat.G711_ALAW)
        .inputAudioTranscription(TranscriptionConfig.builder().model("whisper-1").language("en").build())
        .turnDetection(
            TurnDetectionConfig.semanticVad().withEagerness(Eagerness.HIGH).withCreateResponse(false))
        .noiseReduction(NoiseReduction.FAR_FIELD)
        .addTools(lookupOrder())
        .toolChoice("required")
        .temperature(0.7)
        .maxResponseOutputTokens(SessionConfig.INF)
        .speed(1.1)
        .extra("{\"tracing\":\"auto\"}")
        .build();
  }

  /** Beta with turn detection and noise reduction off. */
  static SessionConfig offBeta() {
    return SessionConfig.builder()
        .api(Api.BETA)
        .addModalities(Modality.TEXT)
        .turnDetection(TurnDetectionConfig.off())
        .noiseReduction(NoiseReduction.NONE)
        .build();
  }
}
