package dev.realtimeprofiles.runtime.internal.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.realtimeprofiles.runtime.ToolCall;
import dev.realtimeprofiles.runtime.event.AudioDelta;
import dev.realtimeprofiles.runtime.event.AudioDone;
import dev.realtimeprofiles.runtime.event.AudioTranscriptDelta;
import dev.realtimeprofiles.runtime.event.AudioTranscriptDone;
import dev.realtimeprofiles.runtime.event.ConversationItemAdded;
import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.FunctionCallArgumentsDone;
import dev.realtimeprofiles.runtime.event.InputAudioCommitted;
import dev.realtimeprofiles.runtime.event.InputTranscriptionCompleted;
import dev.realtimeprofiles.runtime.event.InputTranscriptionDelta;
import dev.realtimeprofiles.runtime.event.InputTranscriptionFailed;
import dev.realtimeprofiles.runtime.event.RateLimitsUpdated;
import dev.realtimeprofiles.runtime.event.ResponseCreated;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.SessionCreated;
import dev.realtimeprofiles.runtime.event.SessionUpdated;
import dev.realtimeprofiles.runtime.event.SpeechStarted;
import dev.realtimeprofiles.runtime.event.SpeechStopped;
import dev.realtimeprofiles.runtime.event.TextDelta;
import dev.realtimeprofiles.runtime.event.TextDone;
import dev.realtimeprofiles.runtime.event.UnknownEvent;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Turns one WebSocket text message into a {@link ServerEvent}. GA and beta names of an event map
 * to the same record. Never throws and never drops: a message that is not JSON, has an unknown
 * type, or lacks a field the record needs becomes an {@link UnknownEvent} with the raw text; only
 * an event over {@link #MAX_EVENT_CHARS} is refused, with {@link EventTooLargeException}.
 */
public final class ServerEventParser {

  /**
   * The longest event read, in characters: 64 Mi. The largest events the API sends echo one item's
   * content, e.g. {@code conversation.item.retrieved} with its input audio in base64. One {@code
   * input_audio_buffer.append} may carry 15 MiB of audio (openapi.yaml, {@code
   * RealtimeClientEventInputAudioBufferAppend}), which is 20.97 M characters of base64 on its own
   * (over Jackson's default string limit of 20,000,000), and a committed item may hold several
   * appends: 64 Mi characters take an item of 48 MiB of audio (about 17 minutes of PCM16 at
   * 24 kHz) with its envelope, and still bound what one message may cost in memory.
   */
  public static final int MAX_EVENT_CHARS = 64 * 1024 * 1024;

  private ServerEventParser() {}

  /**
   * The event {@code text} holds.
   *
   * @throws EventTooLargeException if {@code text} is longer than {@link #MAX_EVENT_CHARS}
   */
  public static ServerEvent parse(String text) {
    if (text.length() > MAX_EVENT_CHARS) {
      throw new EventTooLargeException(text.length(), MAX_EVENT_CHARS);
    }
    JsonNode root;
    try {
      root = WsJson.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return new UnknownEvent("", null, text);
    }
    if (root == null || !root.isObject()) {
      return new UnknownEvent("", null, text);
    }
    String type = root.path("type").isTextual() ? root.get("type").asText() : "";
    String eventId = text(root, "event_id");
    try {
      ServerEvent event = parseKnown(type, eventId, root);
      return event != null ? event : new UnknownEvent(type, eventId, text);
    } catch (MissingFieldException | IllegalArgumentException e) {
      // A known name with an unexpected body (e.g. audio that is not base64): keep it raw.
      return new UnknownEvent(type, eventId, text);
    }
  }

  private static ServerEvent parseKnown(String type, String id, JsonNode e) {
    switch (type) {
      case "session.created":
        return new SessionCreated(
            type, id, text(e.path("session"), "id"), object(e, "session").toString());
      case "session.updated":
        return new SessionUpdated(type, id, object(e, "session").toString());
      case "error":
        {
          JsonNode error = object(e, "error");
          return new ErrorEvent(
              type,
              id,
              text(error, "type"),
              text(error, "code"),
              text(error, "message"),
              text(error, "param"),
              text(error, "event_id"));
        }
      case "response.created":
        {
          JsonNode response = object(e, "response");
          return new ResponseCreated(type, id, text(response, "id"), text(response, "status"));
        }
      case "response.output_text.delta":
      case "response.text.delta":
        return new TextDelta(
            type, id, text(e, "response_id"), text(e, "item_id"), integer(e, "output_index"),
            integer(e, "content_index"), required(e, "delta"));
      case "response.output_text.done":
      case "response.text.done":
        return new TextDone(
            type, id, text(e, "response_id"), text(e, "item_id"), integer(e, "output_index"),
            integer(e, "content_index"), required(e, "text"));
      case "response.output_audio.delta":
      case "response.audio.delta":
        return new AudioDelta(
            type, id, text(e, "response_id"), text(e, "item_id"), integer(e, "output_index"),
            integer(e, "content_index"), Base64.getDecoder().decode(required(e, "delta")));
      case "response.output_audio.done":
      case "response.audio.done":
        return new AudioDone(
            type, id, text(e, "response_id"), text(e, "item_id"), integer(e, "output_index"),
            integer(e, "content_index"));
      case "response.output_audio_transcript.delta":
      case "response.audio_transcript.delta":
        return new AudioTranscriptDelta(
            type, id, text(e, "response_id"), text(e, "item_id"), integer(e, "output_index"),
            integer(e, "content_index"), required(e, "delta"));
      case "response.output_audio_transcript.done":
      case "response.audio_transcript.done":
        return new AudioTranscriptDone(
            type, id, text(e, "response_id"), text(e, "item_id"), integer(e, "output_index"),
            integer(e, "content_index"), required(e, "transcript"));
      case "conversation.item.input_audio_transcription.delta":
        return new InputTranscriptionDelta(
            type, id, text(e, "item_id"), integer(e, "content_index"), required(e, "delta"));
      case "conversation.item.input_audio_transcription.completed":
        return new InputTranscriptionCompleted(
            type, id, text(e, "item_id"), integer(e, "content_index"), required(e, "transcript"));
      case "conversation.item.input_audio_transcription.failed":
        {
          JsonNode error = e.path("error");
          return new InputTranscriptionFailed(
              type, id, text(e, "item_id"), integer(e, "content_index"), text(error, "type"),
              text(error, "code"), text(error, "message"), text(error, "param"));
        }
      case "conversation.item.added":
      case "conversation.item.created":
        {
          JsonNode item = object(e, "item");
          return new ConversationItemAdded(
              type, id, text(e, "previous_item_id"), text(item, "id"), text(item, "type"),
              item.toString());
        }
      case "response.function_call_arguments.done":
        return new FunctionCallArgumentsDone(
            type, id, text(e, "response_id"), text(e, "item_id"), integer(e, "output_index"),
            required(e, "call_id"), text(e, "name"), required(e, "arguments"));
      case "response.done":
        return responseDone(type, id, object(e, "response"));
      case "input_audio_buffer.speech_started":
        return new SpeechStarted(type, id, integer(e, "audio_start_ms"), text(e, "item_id"));
      case "input_audio_buffer.speech_stopped":
        return new SpeechStopped(type, id, integer(e, "audio_end_ms"), text(e, "item_id"));
      case "input_audio_buffer.committed":
        return new InputAudioCommitted(
            type, id, text(e, "previous_item_id"), text(e, "item_id"));
      case "rate_limits.updated":
        return rateLimits(type, id, e);
      default:
        return null;
    }
  }

  private static ResponseDone responseDone(String type, String id, JsonNode response) {
    JsonNode usageNode = response.path("usage");
    ResponseDone.Usage usage =
        usageNode.isObject()
            ? new ResponseDone.Usage(
                integer(usageNode, "total_tokens"),
                integer(usageNode, "input_tokens"),
                integer(usageNode, "output_tokens"))
            : null;
    List<ToolCall> calls = new ArrayList<>();
    for (JsonNode item : response.path("output")) {
      if ("function_call".equals(text(item, "type"))) {
        calls.add(
            ToolCall.of(
                required(item, "name"), required(item, "call_id"), required(item, "arguments")));
      }
    }
    return new ResponseDone(
        type, id, text(response, "id"), text(response, "status"), usage, calls,
        response.toString());
  }

  private static RateLimitsUpdated rateLimits(String type, String id, JsonNode e) {
    List<RateLimitsUpdated.RateLimit> limits = new ArrayList<>();
    for (JsonNode limit : e.path("rate_limits")) {
      limits.add(
          new RateLimitsUpdated.RateLimit(
              text(limit, "name"),
              limit.path("limit").asLong(),
              limit.path("remaining").asLong(),
              limit.path("reset_seconds").asDouble()));
    }
    return new RateLimitsUpdated(type, id, limits);
  }

  /** The text field {@code name}, or null when missing or JSON null. */
  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String required(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual()) {
      throw new MissingFieldException();
    }
    return value.asText();
  }

  /** The integer field {@code name}; 0 when missing (indexes the server may omit). */
  private static int integer(JsonNode node, String name) {
    return node.path(name).asInt(0);
  }

  private static JsonNode object(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isObject()) {
      throw new MissingFieldException();
    }
    return value;
  }

  /** A field a record needs is missing; the event stays raw. */
  private static final class MissingFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingFieldException() {
      super(null, null, false, false);
    }
  }
}
