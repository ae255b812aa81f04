package dev.realtimeprofiles.runtime.internal.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.ToolChoice;
import java.util.OptionalInt;

/**
 * Writes a {@link SessionConfig} in the GA shape: the body of {@code POST /realtime/client_secrets}
 * and the {@code session} object of a GA {@code session.update}. Field order is fixed, so the same
 * config always gives the same bytes; unset fields are omitted.
 */
public final class GaRequestWriter {

  private GaRequestWriter() {}

  /** The client secret body with the config's own {@code expiresAfterSeconds}, if any. */
  public static String clientSecretBody(SessionConfig config) {
    return clientSecretBody(config, config.expiresAfterSeconds());
  }

  /**
   * The client secret body: {@code {"expires_after": {...}, "session": {...}}}; {@code
   * expires_after} only when {@code expiresAfterSeconds} is present.
   */
  public static String clientSecretBody(SessionConfig config, OptionalInt expiresAfterSeconds) {
    ObjectNode body = CommonFields.newObject();
    expiresAfterSeconds.ifPresent(
        seconds -> {
          ObjectNode expires = body.putObject("expires_after");
          expires.put("anchor", "created_at");
          expires.put("seconds", seconds);
        });
    body.set("session", sessionNode(config));
    return CommonFields.write(body);
  }

  /** The {@code session} object alone, {@code type: "realtime"} first; never a client secret. */
  public static String sessionJson(SessionConfig config) {
    return CommonFields.write(sessionNode(config));
  }

  /** A new tree of the {@code session} object, e.g. to embed in a {@code session.update} event. */
  public static ObjectNode sessionNode(SessionConfig config) {
    if (config.temperature().isPresent()) {
      throw new IllegalArgumentException(
          "temperature is not part of the GA Realtime API; remove it or use Api.BETA");
    }
    ObjectNode session = CommonFields.newObject();
    session.put("type", "realtime");
    config.model().ifPresent(v -> session.put("model", v));
    config.instructions().ifPresent(v -> session.put("instructions", v));
    if (!config.modalities().isEmpty()) {
      session.set("output_modalities", CommonFields.modalities(config.modalities()));
    }
    ObjectNode input = CommonFields.newObject();
    config.inputAudioFormat().ifPresent(f -> input.set("format", format(f)));
    config
        .inputAudioTranscription()
        .ifPresent(t -> input.set("transcription", CommonFields.transcription(t)));
    config
        .noiseReduction()
        .ifPresent(n -> input.set("noise_reduction", CommonFields.noiseReduction(n)));
    config
        .turnDetection()
        .ifPresent(t -> input.set("turn_detection", CommonFields.turnDetection(t)));
    ObjectNode output = CommonFields.newObject();
    config.outputAudioFormat().ifPresent(f -> output.set("format", format(f)));
    config
        .voice()
        .ifPresent(
            v -> {
              if (isCustomVoiceId(v)) {
                output.putObject("voice").put("id", v);
              } else {
                output.put("voice", v);
              }
            });
    config.speed().ifPresent(v -> output.put("speed", v));
    if (!input.isEmpty() || !output.isEmpty()) {
      ObjectNode audio = session.putObject("audio");
      if (!input.isEmpty()) {
        audio.set("input", input);
      }
      if (!output.isEmpty()) {
        audio.set("output", output);
      }
    }
    config
        .maxResponseOutputTokens()
        .ifPresent(n -> CommonFields.putMaxTokens(session, "max_output_tokens", n));
    if (!config.tools().isEmpty()) {
      session.set("tools", CommonFields.tools(config.tools()));
    }
    config.toolChoice().ifPresent(c -> toolChoice(session, c));
    CommonFields.mergeExtra(session, config);
    return session;
  }

  /** Custom voices are ids such as {@code voice_1234}; GA sends them as {@code {"id": ...}}. */
  static boolean isCustomVoiceId(String voice) {
    return voice.startsWith("voice_");
  }

  private static ObjectNode format(AudioFormat format) {
    ObjectNode node = CommonFields.newObject();
    node.put("type", format.gaType());
    if (format.gaRate() != 0) {
      node.put("rate", format.gaRate());
    }
    return node;
  }

  private static void toolChoice(ObjectNode session, ToolChoice choice) {
    if (choice.mode().isPresent()) {
      session.put("tool_choice", choice.mode().get());
    } else {
      ObjectNode function = session.putObject("tool_choice");
      function.put("type", "function");
      function.put("name", choice.functionName().orElseThrow());
    }
  }
}
