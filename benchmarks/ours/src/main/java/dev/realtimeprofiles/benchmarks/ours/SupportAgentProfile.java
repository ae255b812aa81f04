package dev.realtimeprofiles.benchmarks.ours;

import static dev.realtimeprofiles.benchmarks.harness.Fixtures.INSTRUCTIONS;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.PARAM_DESCRIPTION;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.PARAM_NAME;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.SILENCE_DURATION_MS;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.TOOL_DESCRIPTION;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.TOOL_NAME;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.TRANSCRIPTION_LANGUAGE;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.TRANSCRIPTION_MODEL;

import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.runtime.FunctionTool;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.TranscriptionConfig;
import dev.realtimeprofiles.runtime.TurnDetectionConfig;

/**
 * The support agent as a {@link SessionConfig} built by hand with the runtime's builders, as an
 * application without the processor writes it; a test proves it equals the generated
 * {@code RealtimeSupportAgent.CONFIG}.
 */
final class SupportAgentProfile {
  static final String LOOKUP_ORDER_SCHEMA = "{\"type\":\"object\",\"properties\":{\""
      + PARAM_NAME + "\":{\"type\":\"string\",\"description\":\"" + PARAM_DESCRIPTION
      + "\"}},\"required\":[\"" + PARAM_NAME + "\"],\"additionalProperties\":false}";

  private SupportAgentProfile() {}

  /** Builds the config from scratch: the builder path a hand-written application takes. */
  static SessionConfig build() {
    return SessionConfig.builder()
        .model(Model.GPT_REALTIME)
        .voice(Voice.ASH)
        .addModalities(Modality.AUDIO)
        .instructions(INSTRUCTIONS)
        .turnDetection(TurnDetectionConfig.serverVad().withSilenceDurationMs(SILENCE_DURATION_MS))
        .inputAudioTranscription(TranscriptionConfig.builder()
            .model(TRANSCRIPTION_MODEL).language(TRANSCRIPTION_LANGUAGE).build())
        .addTools(FunctionTool.builder()
            .name(TOOL_NAME).description(TOOL_DESCRIPTION).parameters(LOOKUP_ORDER_SCHEMA).build())
        .build();
  }
}
