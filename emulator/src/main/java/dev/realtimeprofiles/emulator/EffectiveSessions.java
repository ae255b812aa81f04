package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The session the server reports back: what the client asked for with the server's defaults filled
 * in (the GA example of {@code POST /realtime/client_secrets} and the beta example of {@code POST
 * /realtime/sessions} in the spec). Nulls the response schemas do not allow are left out.
 */
final class EffectiveSessions {
  static final String DEFAULT_GA_MODEL = "gpt-realtime";
  static final String DEFAULT_BETA_MODEL = "gpt-4o-realtime-preview";

  private EffectiveSessions() {}

  static ObjectNode gaDefaults(String id, long expiresAt) {
    ObjectNode session = Json.object();
    session.put("type", "realtime");
    session.put("object", "realtime.session");
    session.put("id", id);
    session.put("model", DEFAULT_GA_MODEL);
    session.set("output_modalities", Json.array().add("audio"));
    session.put("instructions", "");
    session.set("tools", Json.array());
    session.put("tool_choice", "auto");
    session.put("max_output_tokens", "inf");
    session.putNull("tracing");
    session.put("truncation", "auto");
    session.put("expires_at", expiresAt);
    ObjectNode audio = session.putObject("audio");
    ObjectNode input = audio.putObject("input");
    input.set("format", pcm());
    input.putNull("noise_reduction");
    input.set("turn_detection", withTurnDetectionDefaults(Json.object().put("type", "server_vad")));
    ObjectNode output = audio.putObject("output");
    output.set("format", pcm());
    output.put("voice", "alloy");
    output.put("speed", 1.0);
    return session;
  }

  /** Applies a valid GA session (request or update) onto {@code effective}. */
  static void gaApply(ObjectNode effective, JsonNode requested) {
    for (Map.Entry<String, JsonNode> field : requested.properties()) {
      if (field.getKey().equals("audio")) {
        ObjectNode audio = (ObjectNode) effective.get("audio");
        for (String direction : new String[] {"input", "output"}) {
          JsonNode part = field.getValue().get(direction);
          if (part != null) {
            ObjectNode target = (ObjectNode) audio.get(direction);
            part.properties().forEach(e -> target.set(e.getKey(), e.getValue().deepCopy()));
          }
        }
      } else {
        effective.set(field.getKey(), field.getValue().deepCopy());
      }
    }
    ObjectNode input = (ObjectNode) effective.get("audio").get("input");
    JsonNode format = input.get("format");
    if (format.path("type").asText().equals("audio/pcm") && !format.has("rate")) {
      ((ObjectNode) format).put("rate", 24000);
    }
    JsonNode outputFormat = effective.get("audio").get("output").get("format");
    if (outputFormat.path("type").asText().equals("audio/pcm") && !outputFormat.has("rate")) {
      ((ObjectNode) outputFormat).put("rate", 24000);
    }
    if (input.get("turn_detection") instanceof ObjectNode turnDetection) {
      withTurnDetectionDefaults(turnDetection);
    }
  }

  static ObjectNode betaDefaults(String id, long expiresAt) {
    ObjectNode session = Json.object();
    session.put("id", id);
    session.put("object", "realtime.session");
    session.put("model", DEFAULT_BETA_MODEL);
    session.put("expires_at", expiresAt);
    session.set("modalities", Json.array().add("text").add("audio"));
    session.put("instructions", "");
    session.put("voice", "alloy");
    session.put("input_audio_format", "pcm16");
    session.put("output_audio_format", "pcm16");
    session.putNull("input_audio_transcription");
    session.set("turn_detection", withTurnDetectionDefaults(Json.object().put("type", "server_vad")));
    session.putNull("input_audio_noise_reduction");
    session.put("speed", 1.0);
    session.set("tools", Json.array());
    session.put("tool_choice", "auto");
    session.put("temperature", 0.8);
    session.put("max_response_output_tokens", "inf");
    return session;
  }

  /** Applies a valid beta session onto {@code effective}; {@code client_secret} is not a field. */
  static void betaApply(ObjectNode effective, JsonNode requested) {
    requested.properties().forEach(e -> {
      if (!e.getKey().equals("client_secret")) {
        effective.set(e.getKey(), e.getValue().deepCopy());
      }
    });
    if (effective.get("turn_detection") instanceof ObjectNode turnDetection) {
      withTurnDetectionDefaults(turnDetection);
    }
  }

  private static ObjectNode pcm() {
    return Json.object().put("type", "audio/pcm").put("rate", 24000);
  }

  private static ObjectNode withTurnDetectionDefaults(ObjectNode turnDetection) {
    if (turnDetection.path("type").asText().equals("server_vad")) {
      putIfAbsent(turnDetection, "threshold", 0.5);
      if (!turnDetection.has("prefix_padding_ms")) {
        turnDetection.put("prefix_padding_ms", 300);
      }
      if (!turnDetection.has("silence_duration_ms")) {
        turnDetection.put("silence_duration_ms", 200);
      }
      if (!turnDetection.has("idle_timeout_ms")) {
        turnDetection.putNull("idle_timeout_ms");
      }
    } else if (!turnDetection.has("eagerness")) {
      turnDetection.put("eagerness", "auto");
    }
    if (!turnDetection.has("create_response")) {
      turnDetection.put("create_response", true);
    }
    if (!turnDetection.has("interrupt_response")) {
      turnDetection.put("interrupt_response", true);
    }
    return turnDetection;
  }

  private static void putIfAbsent(ObjectNode node, String key, double value) {
    if (!node.has(key)) {
      node.put(key, value);
    }
  }
}
