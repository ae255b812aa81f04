package dev.realtimeprofiles.runtime.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.runtime.FunctionTool;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.TranscriptionConfig;
import dev.realtimeprofiles.runtime.TurnDetectionConfig;
import java.util.List;
import java.util.Map;

/** The parts both API shapes spell the same way, and the {@code extra} merge. */
final class CommonFields {

  private CommonFields() {}

  static ObjectNode newObject() {
    return JsonObjects.mapper().createObjectNode();
  }

  /** The wire values, in order: beta's {@code modalities}, GA's {@code output_modalities}. */
  static ArrayNode modalities(List<Modality> modalities) {
    ArrayNode array = JsonObjects.mapper().createArrayNode();
    for (Modality m : modalities) {
      array.add(m.wireValue());
    }
    return array;
  }

  /** {@code {"type": ...}}, or JSON null for {@link NoiseReduction#NONE}. */
  static JsonNode noiseReduction(NoiseReduction n) {
    return n.wireValue() == null
        ? JsonObjects.mapper().nullNode()
        : newObject().put("type", n.wireValue());
  }

  static ObjectNode transcription(TranscriptionConfig t) {
    ObjectNode node = newObject();
    t.model().ifPresent(v -> node.put("model", v));
    t.language().ifPresent(v -> node.put("language", v));
    t.prompt().ifPresent(v -> node.put("prompt", v));
    return node;
  }

  /** The turn detection object, or JSON null when it is off. */
  static JsonNode turnDetection(TurnDetectionConfig t) {
    if (t.isOff()) {
      return JsonObjects.mapper().nullNode();
    }
    ObjectNode node = newObject();
    node.put("type", t.type().wireValue());
    t.threshold().ifPresent(v -> node.put("threshold", v));
    t.prefixPaddingMs().ifPresent(v -> node.put("prefix_padding_ms", v));
    t.silenceDurationMs().ifPresent(v -> node.put("silence_duration_ms", v));
    t.idleTimeoutMs().ifPresent(v -> node.put("idle_timeout_ms", v));
    t.eagerness().ifPresent(v -> node.put("eagerness", v.wireValue()));
    t.createResponse().ifPresent(v -> node.put("create_response", v));
    t.interruptResponse().ifPresent(v -> node.put("interrupt_response", v));
    return node;
  }

  static ArrayNode tools(List<FunctionTool> tools) {
    ArrayNode array = JsonObjects.mapper().createArrayNode();
    for (FunctionTool tool : tools) {
      ObjectNode node = array.addObject();
      node.put("type", "function");
      node.put("name", tool.name());
      tool.description().ifPresent(v -> node.put("description", v));
      tool.parameters()
          .ifPresent(
              v -> node.set("parameters", JsonObjects.parseObject(v, "parameters of " + tool.name())));
    }
    return array;
  }

  static void putMaxTokens(ObjectNode node, String field, int value) {
    if (value == SessionConfig.INF) {
      node.put(field, "inf");
    } else {
      node.put(field, value);
    }
  }

  /** Appends the fields of {@code extra} to {@code session}; a clash is an error. */
  static void mergeExtra(ObjectNode session, SessionConfig config) {
    if (config.extra().isEmpty()) {
      return;
    }
    ObjectNode extra = JsonObjects.parseObject(config.extra().get(), "extra");
    for (Map.Entry<String, JsonNode> field : extra.properties()) {
      if (session.has(field.getKey())) {
        throw new IllegalArgumentException(
            "extra sets \"" + field.getKey() + "\", which the config already sets; set it in one place");
      }
      session.set(field.getKey(), field.getValue());
    }
  }

  static String write(JsonNode node) {
    try {
      return JsonObjects.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON tree", e); // a tree always serialises
    }
  }
}
