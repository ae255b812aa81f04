package dev.realtimeprofiles.runtime.internal.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.runtime.FunctionTool;
import dev.realtimeprofiles.runtime.ResponseOptions;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.ToolChoice;
import dev.realtimeprofiles.runtime.internal.json.BetaRequestWriter;
import dev.realtimeprofiles.runtime.internal.json.GaRequestWriter;
import java.util.Base64;
import java.util.Map;

/**
 * Writes the client events a connection sends, {@code type} and {@code event_id} first. The same
 * JSON serves GA and beta except {@code session.update} and {@code response.create}, whose objects
 * have the shape of the connection's {@link Api}. Field names: openapi.yaml's {@code
 * RealtimeClientEvent*} schemas.
 */
public final class ClientEvents {

  private ClientEvents() {}

  /**
   * {@code session.update} with the session object of {@code config}'s shape. The model is left
   * out (it is chosen by the URL and cannot change during a session), and so is anything only a
   * client secret request carries: never {@code client_secret}, never {@code expires_after}.
   */
  public static String sessionUpdate(String eventId, SessionConfig config) {
    ObjectNode session =
        config.api() == Api.GA
            ? GaRequestWriter.sessionNode(config)
            : BetaRequestWriter.sessionNode(config);
    session.remove("model");
    ObjectNode event = event("session.update", eventId);
    event.set("session", session);
    return write(event);
  }

  /** {@code conversation.item.create} of a user message with one {@code input_text} part. */
  public static String userText(String eventId, String text) {
    return itemCreate(eventId, userTextItem(null, text));
  }

  /** A user message item with one {@code input_text} part, with {@code itemId} unless null. */
  public static ObjectNode userTextItem(String itemId, String text) {
    ObjectNode item = item(itemId, "message");
    item.put("role", "user");
    ObjectNode part = item.putArray("content").addObject();
    part.put("type", "input_text");
    part.put("text", text);
    return item;
  }

  /** {@code conversation.item.create} of a {@code function_call_output}. */
  public static String functionCallOutput(String eventId, String callId, String output) {
    return itemCreate(eventId, functionCallOutputItem(null, callId, output));
  }

  /** A {@code function_call_output} item, with {@code itemId} unless null. */
  public static ObjectNode functionCallOutputItem(String itemId, String callId, String output) {
    ObjectNode item = item(itemId, "function_call_output");
    item.put("call_id", callId);
    item.put("output", output);
    return item;
  }

  /** {@code conversation.item.create} of {@code item}. */
  public static String itemCreate(String eventId, ObjectNode item) {
    ObjectNode event = event("conversation.item.create", eventId);
    event.set("item", item);
    return write(event);
  }

  /** {@code conversation.item.truncate}: the assistant audio of {@code itemId} ends at {@code audioEndMs}. */
  public static String truncateItem(String eventId, String itemId, int contentIndex, int audioEndMs) {
    ObjectNode event = event("conversation.item.truncate", eventId);
    event.put("item_id", itemId);
    event.put("content_index", contentIndex);
    event.put("audio_end_ms", audioEndMs);
    return write(event);
  }

  /** {@code conversation.item.delete} or {@code conversation.item.retrieve} of {@code itemId}. */
  public static String itemEvent(String type, String eventId, String itemId) {
    ObjectNode event = event(type, eventId);
    event.put("item_id", itemId);
    return write(event);
  }

  /**
   * {@code response.create} with {@code options} in the shape of {@code api}: GA's {@code
   * output_modalities} and {@code max_output_tokens}, beta's {@code modalities} and {@code
   * max_response_output_tokens}.
   */
  public static String responseCreate(String eventId, ResponseOptions options, Api api) {
    ObjectNode event = event("response.create", eventId);
    ObjectNode response = event.putObject("response");
    if (options.isOutOfBand()) {
      response.put("conversation", "none");
    }
    if (!options.metadata().isEmpty()) {
      ObjectNode metadata = response.putObject("metadata");
      for (Map.Entry<String, String> e : options.metadata().entrySet()) {
        metadata.put(e.getKey(), e.getValue());
      }
    }
    options.instructions().ifPresent(v -> response.put("instructions", v));
    if (!options.inputItems().isEmpty()) {
      ArrayNode input = response.putArray("input");
      for (String item : options.inputItems()) {
        input.add(readObject(item));
      }
    }
    if (!options.outputModalities().isEmpty()) {
      ArrayNode modalities =
          response.putArray(api == Api.GA ? "output_modalities" : "modalities");
      for (Modality m : options.outputModalities()) {
        modalities.add(m.wireValue());
      }
    }
    options.tools().ifPresent(tools -> response.set("tools", tools(tools)));
    options.toolChoice().ifPresent(choice -> response.set("tool_choice", toolChoice(choice)));
    options
        .maxOutputTokens()
        .ifPresent(
            n -> {
              String field = api == Api.GA ? "max_output_tokens" : "max_response_output_tokens";
              if (n == SessionConfig.INF) {
                response.put(field, "inf");
              } else {
                response.put(field, n);
              }
            });
    return write(event);
  }

  /** {@code input_audio_buffer.append} of {@code audio}, base64-encoded. */
  public static String appendAudio(String eventId, byte[] audio) {
    ObjectNode event = event("input_audio_buffer.append", eventId);
    event.put("audio", Base64.getEncoder().encodeToString(audio));
    return write(event);
  }

  /**
   * An event with no body: {@code response.create}, {@code response.cancel}, {@code
   * input_audio_buffer.commit}, {@code input_audio_buffer.clear}, {@code output_audio_buffer.clear}.
   */
  public static String bare(String type, String eventId) {
    return write(event(type, eventId));
  }

  /** The output sent to the model when a tool failed: {@code {"error": message}}. */
  public static String errorOutput(String message) {
    ObjectNode error = WsJson.MAPPER.createObjectNode();
    error.put("error", message);
    return write(error);
  }

  /**
   * A raw client event for {@code sendEvent}: a JSON object with a {@code type}.
   *
   * @throws IllegalArgumentException if it is not
   */
  public static ObjectNode parseRawEvent(String json) {
    ObjectNode event = readObject(json);
    if (!event.path("type").isTextual() || event.get("type").asText().isEmpty()) {
      throw new IllegalArgumentException("a client event needs a \"type\": " + abbreviate(json));
    }
    return event;
  }

  /** {@code json} if it is one JSON object, for {@code ResponseOptions.addInputItem}. */
  public static String checkObject(String json) {
    return write(readObject(json));
  }

  /** Writes a tree. */
  public static String write(JsonNode node) {
    try {
      return WsJson.MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** Reads one JSON object. */
  static ObjectNode readObject(String json) {
    JsonNode node;
    try {
      node = WsJson.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + abbreviate(json), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object: " + abbreviate(json));
    }
    return (ObjectNode) node;
  }

  private static ArrayNode tools(java.util.List<FunctionTool> tools) {
    ArrayNode array = WsJson.MAPPER.createArrayNode();
    for (FunctionTool tool : tools) {
      ObjectNode node = array.addObject();
      node.put("type", "function");
      node.put("name", tool.name());
      tool.description().ifPresent(v -> node.put("description", v));
      tool.parameters().ifPresent(v -> node.set("parameters", readObject(v)));
    }
    return array;
  }

  private static JsonNode toolChoice(ToolChoice choice) {
    if (choice.functionName().isPresent()) {
      ObjectNode node = WsJson.MAPPER.createObjectNode();
      node.put("type", "function");
      node.put("name", choice.functionName().get());
      return node;
    }
    return WsJson.MAPPER.getNodeFactory().textNode(choice.mode().orElse("auto"));
  }

  private static ObjectNode item(String itemId, String type) {
    ObjectNode item = WsJson.MAPPER.createObjectNode();
    if (itemId != null) {
      item.put("id", itemId);
    }
    item.put("type", type);
    return item;
  }

  private static ObjectNode event(String type, String eventId) {
    ObjectNode event = WsJson.MAPPER.createObjectNode();
    event.put("type", type);
    event.put("event_id", eventId);
    return event;
  }

  private static String abbreviate(String json) {
    return json.length() <= 80 ? json : json.substring(0, 80) + "...";
  }
}
