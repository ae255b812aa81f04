package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.processor.model.ProfileModel;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The top-level session fields a profile sets, in the target shape's wire names: the beta
 * {@code RealtimeSession} body, or the GA {@code RealtimeSessionCreateRequestGA} (the
 * {@code session} object of {@code client_secrets}; {@code expires_after} lies outside it).
 */
final class WireFields {
  private WireFields() {}

  static Set<String> of(ProfileModel p) {
    return p.targetApi() == Api.GA ? ga(p) : beta(p);
  }

  private static Set<String> ga(ProfileModel p) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add("type");
    if (p.model().explicit() || p.modelId().explicit()) {
      keys.add("model");
    }
    if (p.modalities().explicit()) {
      keys.add("output_modalities");
    }
    if (p.instructions().explicit()) {
      keys.add("instructions");
    }
    if (p.inputAudioFormat().explicit()
        || p.outputAudioFormat().explicit()
        || p.writesTranscription()
        || p.writesTurnDetection()
        || p.noiseReduction().explicit()
        || p.voice().explicit()
        || p.voiceId().explicit()
        || p.speed().explicit()) {
      keys.add("audio");
    }
    if (!p.tools().isEmpty()) {
      keys.add("tools");
    }
    if (p.toolChoice().explicit()) {
      keys.add("tool_choice");
    }
    if (p.maxResponseOutputTokens().explicit()) {
      keys.add("max_output_tokens");
    }
    return keys;
  }

  private static Set<String> beta(ProfileModel p) {
    Set<String> keys = new LinkedHashSet<>();
    if (p.modalities().explicit()) {
      keys.add("modalities");
    }
    if (p.model().explicit() || p.modelId().explicit()) {
      keys.add("model");
    }
    if (p.instructions().explicit()) {
      keys.add("instructions");
    }
    if (p.voice().explicit() || p.voiceId().explicit()) {
      keys.add("voice");
    }
    if (p.inputAudioFormat().explicit()) {
      keys.add("input_audio_format");
    }
    if (p.outputAudioFormat().explicit()) {
      keys.add("output_audio_format");
    }
    if (p.writesTranscription()) {
      keys.add("input_audio_transcription");
    }
    if (p.writesTurnDetection()) {
      keys.add("turn_detection");
    }
    if (p.noiseReduction().explicit()) {
      keys.add("input_audio_noise_reduction");
    }
    if (p.speed().explicit()) {
      keys.add("speed");
    }
    if (!p.tools().isEmpty()) {
      keys.add("tools");
    }
    if (p.toolChoice().explicit()) {
      keys.add("tool_choice");
    }
    if (p.temperature().explicit()) {
      keys.add("temperature");
    }
    if (p.maxResponseOutputTokens().explicit()) {
      keys.add("max_response_output_tokens");
    }
    return keys;
  }
}
