package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The session the server reports back: what the client asked for, with every field the client did
 * not set filled in with the server's default, in the shape of the spec's own examples (the GA
 * example of {@code POST /realtime/client_secrets} and of {@code session.created}, the transcription
 * session object, the beta example of {@code POST /realtime/sessions}).
 *
 * <p>Each shape is a table of {@link Field rows}: a dotted path and the value the API reports when
 * the field is unset, JSON {@code null} included (those examples send {@code "tracing": null},
 * {@code "prompt": null}, {@code "include": null}, {@code "audio.input.transcription": null}, ...).
 * A field the API learns later is one more row; nothing else changes. Applying a request merges the
 * containers ({@code audio}, {@code audio.input}, {@code audio.output}) field by field and replaces
 * every other field whole, as {@code session.update} does ("only the fields that are present are
 * updated").
 */
final class EffectiveSessions {
  static final String DEFAULT_GA_MODEL = "gpt-realtime";
  static final String DEFAULT_BETA_MODEL = "gpt-4o-realtime-preview";

  /** One field of an echoed session and the value the API reports when the client did not set it. */
  record Field(String path, JsonNode whenUnset) {}

  /** Objects a request merges into rather than replaces. */
  private static final Set<String> CONTAINERS = Set.of("audio", "audio.input", "audio.output");

  /** GA {@code type: "realtime"}, in the order of the spec's {@code session.created} example. */
  static final List<Field> GA_REALTIME = List.of(
      field("type", Json.MAPPER.getNodeFactory().textNode("realtime")),
      field("object", Json.MAPPER.getNodeFactory().textNode("realtime.session")),
      field("id", null),
      field("model", Json.MAPPER.getNodeFactory().textNode(DEFAULT_GA_MODEL)),
      field("output_modalities", Json.array().add("audio")),
      field("instructions", Json.MAPPER.getNodeFactory().textNode("")),
      field("tools", Json.array()),
      field("tool_choice", Json.MAPPER.getNodeFactory().textNode("auto")),
      field("max_output_tokens", Json.MAPPER.getNodeFactory().textNode("inf")),
      field("tracing", NullNode.instance),
      field("truncation", Json.MAPPER.getNodeFactory().textNode("auto")),
      field("prompt", NullNode.instance),
      field("expires_at", null),
      field("audio.input.format", pcm()),
      field("audio.input.transcription", NullNode.instance),
      field("audio.input.noise_reduction", NullNode.instance),
      field("audio.input.turn_detection", Json.object().put("type", "server_vad")),
      field("audio.output.format", pcm()),
      field("audio.output.voice", Json.MAPPER.getNodeFactory().textNode("alloy")),
      field("audio.output.speed", Json.MAPPER.getNodeFactory().numberNode(1.0)),
      field("include", NullNode.instance));

  /** GA {@code type: "transcription"}, as the spec's transcription session object. */
  static final List<Field> GA_TRANSCRIPTION = List.of(
      field("type", Json.MAPPER.getNodeFactory().textNode("transcription")),
      field("object", Json.MAPPER.getNodeFactory().textNode("realtime.transcription_session")),
      field("id", null),
      field("expires_at", null),
      field("audio.input.format", pcm()),
      field("audio.input.transcription", NullNode.instance),
      field("audio.input.noise_reduction", NullNode.instance),
      field("audio.input.turn_detection", Json.object().put("type", "server_vad")),
      field("include", NullNode.instance));

  private EffectiveSessions() {}

  static ObjectNode gaDefaults(String id, long expiresAt) {
    return defaults(GA_REALTIME, id, expiresAt);
  }

  static ObjectNode transcriptionDefaults(String id, long expiresAt) {
    return defaults(GA_TRANSCRIPTION, id, expiresAt);
  }

  /** Whether {@code session} (GA, effective or requested) is a transcription session. */
  static boolean isTranscription(JsonNode session) {
    return session.path("type").asText().equals("transcription");
  }

  /** Applies a valid GA session (request or update, either type) onto {@code effective}. */
  static void gaApply(ObjectNode effective, JsonNode requested) {
    merge(effective, requested, "");
    ObjectNode ordered = ordered(isTranscription(effective) ? GA_TRANSCRIPTION : GA_REALTIME, effective);
    effective.removeAll();
    effective.setAll(ordered);
    for (String direction : new String[] {"input", "output"}) {
      JsonNode format = effective.path("audio").path(direction).get("format");
      if (format instanceof ObjectNode object && object.path("type").asText().equals("audio/pcm")
          && !object.has("rate")) {
        object.put("rate", 24000);
      }
    }
    if (effective.path("audio").path("input").get("turn_detection") instanceof ObjectNode turnDetection) {
      withTurnDetectionDefaults(turnDetection, isTranscription(effective));
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
    session.set("turn_detection", withTurnDetectionDefaults(Json.object().put("type", "server_vad"), false));
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
      withTurnDetectionDefaults(turnDetection, false);
    }
  }

  private static ObjectNode defaults(List<Field> fields, String id, long expiresAt) {
    ObjectNode session = Json.object();
    session.put("id", id);
    session.put("expires_at", expiresAt);
    ObjectNode ordered = ordered(fields, session);
    if (ordered.path("audio").path("input").get("turn_detection") instanceof ObjectNode turnDetection) {
      withTurnDetectionDefaults(turnDetection, fields == GA_TRANSCRIPTION);
    }
    return ordered;
  }

  /**
   * {@code session} with every row of {@code fields} present (its own value, else the row's
   * default), in the table's order; fields the table does not know follow, as they came.
   */
  private static ObjectNode ordered(List<Field> fields, ObjectNode session) {
    ObjectNode out = Json.object();
    for (Field field : fields) {
      JsonNode value = at(session, field.path());
      if (value == null && field.whenUnset() != null) {
        value = field.whenUnset().deepCopy();
      }
      if (value != null) {
        put(out, field.path(), value.deepCopy());
      }
    }
    merge(out, session, ""); // unknown fields, and nothing the loop already put changes
    return out;
  }

  /** Merges {@code from} into {@code into}: containers field by field, the rest replaced whole. */
  private static void merge(ObjectNode into, JsonNode from, String prefix) {
    for (Map.Entry<String, JsonNode> field : from.properties()) {
      String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
      if (CONTAINERS.contains(path) && field.getValue().isObject()) {
        JsonNode existing = into.get(field.getKey());
        ObjectNode target = existing instanceof ObjectNode object ? object : into.putObject(field.getKey());
        merge(target, field.getValue(), path);
      } else {
        into.set(field.getKey(), field.getValue().deepCopy());
      }
    }
  }

  private static JsonNode at(JsonNode node, String path) {
    JsonNode current = node;
    for (String key : path.split("\\.")) {
      current = current == null ? null : current.get(key);
    }
    return current;
  }

  private static void put(ObjectNode node, String path, JsonNode value) {
    String[] keys = path.split("\\.");
    ObjectNode current = node;
    for (int i = 0; i < keys.length - 1; i++) {
      JsonNode next = current.get(keys[i]);
      current = next instanceof ObjectNode object ? object : current.putObject(keys[i]);
    }
    current.set(keys[keys.length - 1], value);
  }

  private static Field field(String path, JsonNode whenUnset) {
    return new Field(path, whenUnset);
  }

  private static ObjectNode pcm() {
    return Json.object().put("type", "audio/pcm").put("rate", 24000);
  }

  /**
   * Fills the server's turn-detection defaults. A transcription session reports only the server
   * VAD fields of the spec's transcription session object (it has no responses to create).
   */
  private static ObjectNode withTurnDetectionDefaults(ObjectNode turnDetection, boolean transcription) {
    if (turnDetection.path("type").asText().equals("server_vad")) {
      if (!turnDetection.has("threshold")) {
        turnDetection.put("threshold", 0.5);
      }
      if (!turnDetection.has("prefix_padding_ms")) {
        turnDetection.put("prefix_padding_ms", 300);
      }
      if (!turnDetection.has("silence_duration_ms")) {
        turnDetection.put("silence_duration_ms", 200);
      }
      if (transcription) {
        return turnDetection;
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
}
