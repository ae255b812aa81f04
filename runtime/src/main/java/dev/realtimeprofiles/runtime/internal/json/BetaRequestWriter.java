package dev.realtimeprofiles.runtime.internal.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.ToolChoice;

/**
 * Writes a {@link SessionConfig} in the beta shape of the seed: the flat body of {@code POST
 * /realtime/sessions}, which is also the {@code session} object of a beta {@code session.update}.
 * Field order is fixed, so the same config always gives the same bytes; unset fields are omitted.
 */
public final class BetaRequestWriter {

  private BetaRequestWriter() {}

  /** The body of {@code POST /realtime/sessions}. */
  public static String sessionBody(SessionConfig config) {
    return CommonFields.write(sessionNode(config));
  }

  /** The {@code session} object of a beta {@code session.update}: the same flat object. */
  public static String sessionJson(SessionConfig config) {
    return sessionBody(config);
  }

  /** A new tree of the flat beta session object. */
  public static ObjectNode sessionNode(SessionConfig config) {
    if (config.expiresAfterSeconds().isPresent()) {
      throw new IllegalArgumentException(
          "expiresAfterSeconds is not part of the beta Realtime API; remove it or use Api.GA");
    }
    ObjectNode session = CommonFields.newObject();
    config.model().ifPresent(v -> session.put("model", v));
    if (!config.modalities().isEmpty()) {
      session.set("modalities", CommonFields.modalities(config.modalities()));
    }
    config.voice().ifPresent(v -> session.put("voice", v));
    config.instructions().ifPresent(v -> session.put("instructions", v));
    config.inputAudioFormat().ifPresent(f -> session.put("input_audio_format", f.wireValue()));
    config.outputAudioFormat().ifPresent(f -> session.put("output_audio_format", f.wireValue()));
    config
        .inputAudioTranscription()
        .ifPresent(t -> session.set("input_audio_transcription", CommonFields.transcription(t)));
    config
        .turnDetection()
        .ifPresent(t -> session.set("turn_detection", CommonFields.turnDetection(t)));
    config
        .noiseReduction()
        .ifPresent(
            n -> session.set("input_audio_noise_reduction", CommonFields.noiseReduction(n)));
    if (!config.tools().isEmpty()) {
      session.set("tools", CommonFields.tools(config.tools()));
    }
    config.toolChoice().ifPresent(c -> session.put("tool_choice", toolChoice(c)));
    config.temperature().ifPresent(v -> session.put("temperature", v));
    config
        .maxResponseOutputTokens()
        .ifPresent(n -> CommonFields.putMaxTokens(session, "max_response_output_tokens", n));
    config.speed().ifPresent(v -> session.put("speed", v));
    CommonFields.mergeExtra(session, config);
    return session;
  }

  /** Beta's {@code tool_choice} is a string: a mode, or the forced function's name. */
  private static String toolChoice(ToolChoice choice) {
    return choice.mode().orElseGet(() -> choice.functionName().orElseThrow());
  }
}
