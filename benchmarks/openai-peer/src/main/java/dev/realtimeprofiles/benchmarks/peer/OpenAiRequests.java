package dev.realtimeprofiles.benchmarks.peer;

import static dev.realtimeprofiles.benchmarks.harness.Fixtures.INSTRUCTIONS;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.MODEL;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.PARAM_DESCRIPTION;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.PARAM_NAME;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.SILENCE_DURATION_MS;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.TOOL_DESCRIPTION;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.TOOL_NAME;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.TRANSCRIPTION_LANGUAGE;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.TRANSCRIPTION_MODEL;
import static dev.realtimeprofiles.benchmarks.harness.Fixtures.VOICE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.openai.core.JsonValue;
import com.openai.core.ObjectMappers;
import com.openai.models.realtime.AudioTranscription;
import com.openai.models.realtime.RealtimeAudioConfig;
import com.openai.models.realtime.RealtimeAudioConfigInput;
import com.openai.models.realtime.RealtimeAudioConfigOutput;
import com.openai.models.realtime.RealtimeAudioInputTurnDetection;
import com.openai.models.realtime.RealtimeFunctionTool;
import com.openai.models.realtime.RealtimeSessionCreateRequest;
import com.openai.models.realtime.clientsecrets.ClientSecretCreateParams;
import java.util.List;
import java.util.Map;

/**
 * The support agent profile written the way an openai-java user writes it: builders, then Jackson
 * through the SDK's own mapper. Everything is built per call, as an application building its request
 * per session does; the tool's JSON schema is the one part a user would keep in a constant.
 */
public final class OpenAiRequests {
  private static final JsonValue ORDER_ID_SCHEMA = JsonValue.from(Map.of(
      "type", "object",
      "properties", Map.of(PARAM_NAME, Map.of("type", "string", "description", PARAM_DESCRIPTION)),
      "required", List.of(PARAM_NAME),
      "additionalProperties", false));

  private OpenAiRequests() {}

  /** {@code POST /realtime/client_secrets} parameters for the support agent, GA shape. */
  public static ClientSecretCreateParams supportAgent() {
    RealtimeSessionCreateRequest session = RealtimeSessionCreateRequest.builder()
        .model(MODEL)
        .instructions(INSTRUCTIONS)
        .addOutputModality(RealtimeSessionCreateRequest.OutputModality.AUDIO)
        .audio(RealtimeAudioConfig.builder()
            .input(RealtimeAudioConfigInput.builder()
                .transcription(AudioTranscription.builder()
                    .model(TRANSCRIPTION_MODEL)
                    .language(TRANSCRIPTION_LANGUAGE)
                    .build())
                .turnDetection(RealtimeAudioInputTurnDetection.ServerVad.builder()
                    .silenceDurationMs(SILENCE_DURATION_MS)
                    .build())
                .build())
            .output(RealtimeAudioConfigOutput.builder().voice(VOICE).build())
            .build())
        .addTool(RealtimeFunctionTool.builder()
            .type(RealtimeFunctionTool.Type.FUNCTION)
            .name(TOOL_NAME)
            .description(TOOL_DESCRIPTION)
            .parameters(ORDER_ID_SCHEMA)
            .build())
        .build();
    return ClientSecretCreateParams.builder().session(session).build();
  }

  /** The request body as openai-java sends it. */
  public static byte[] supportAgentBytes() {
    try {
      return ObjectMappers.jsonMapper().writeValueAsBytes(supportAgent()._body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
