package dev.realtimeprofiles.runtime.internal.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.internal.json.BetaRequestWriter;
import dev.realtimeprofiles.runtime.internal.json.GaRequestWriter;
import java.util.Base64;

/**
 * Writes the client events a connection sends, {@code type} and {@code event_id} first. The same
 * JSON serves GA and beta except {@code session.update}, whose {@code session} object has the
 * shape of the config's {@link Api}.
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
    ObjectNode event = event("conversation.item.create", eventId);
    ObjectNode item = event.putObject("item");
    item.put("type", "message");
    item.put("role", "user");
    ObjectNode part = item.putArray("content").addObject();
    part.put("type", "input_text");
    part.put("text", text);
    return write(event);
  }

  /** {@code conversation.item.create} of a {@code function_call_output}. */
  public static String functionCallOutput(String eventId, String callId, String output) {
    ObjectNode event = event("conversation.item.create", eventId);
    ObjectNode item = event.putObject("item");
    item.put("type", "function_call_output");
    item.put("call_id", callId);
    item.put("output", output);
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
   * input_audio_buffer.commit}, {@code input_audio_buffer.clear}.
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

  private static ObjectNode event(String type, String eventId) {
    ObjectNode event = WsJson.MAPPER.createObjectNode();
    event.put("type", type);
    event.put("event_id", eventId);
    return event;
  }

  private static String write(ObjectNode node) {
    try {
      return WsJson.MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
