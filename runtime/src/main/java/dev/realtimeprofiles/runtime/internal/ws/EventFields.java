package dev.realtimeprofiles.runtime.internal.ws;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.NumberInput;
import dev.realtimeprofiles.runtime.ToolCall;
import dev.realtimeprofiles.runtime.event.RateLimitsUpdated;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one server event, read in a single streaming pass in whatever order they come.
 * Every field any modelled event has gets a slot; {@link EventRecords} picks the ones its record
 * needs. Nested objects are read only as deep as a record needs and otherwise skipped; the ones a
 * record keeps as JSON text ({@code session}, {@code response}, {@code item}) are kept as offsets
 * into the frame, cut out only when the record is built.
 *
 * <p>Lenient like {@code JsonNode.asText()}/{@code asInt()} were: a string slot holds a JSON
 * string or stays {@code null}, a number slot converts what it gets or stays 0. Only JSON syntax
 * errors throw.
 */
final class EventFields {
  /** The {@code type} as received, or {@code null} if the event had no string type. */
  String type;
  /** Its kind, or {@code null} if unknown. */
  EventKind kind;

  String eventId;
  String responseId;
  String itemId;
  String previousItemId;
  String callId;
  String name;
  String delta;
  String text;
  String transcript;
  String arguments;
  /** {@code event}: the key of a DTMF event. */
  String key;
  String speaker;
  /** {@code id}: a transcription segment's id. */
  String id;
  /** The decoded audio of an audio delta whose payload {@link AudioDeltaFrames} cut out. */
  byte[] audio;
  int outputIndex;
  int contentIndex;
  int audioStartMs;
  int audioEndMs;
  long receivedAt;
  double start;
  double end;

  boolean hasSession;
  String sessionId;
  int sessionStart;
  int sessionEnd;

  boolean hasError;
  String errorType;
  String errorCode;
  String errorMessage;
  String errorParam;
  String errorEventId;

  boolean hasResponse;
  String responseObjectId;
  String responseStatus;
  ResponseDone.Usage usage;
  List<ToolCall> toolCalls;
  /** A {@code function_call} output item lacked its name, call id or arguments. */
  boolean toolCallsInvalid;
  int responseStart;
  int responseEnd;

  boolean hasItem;
  String itemObjectId;
  String itemType;
  int itemStart;
  int itemEnd;

  boolean hasPart;
  String partType;
  String partText;
  String partTranscript;

  boolean hasConversation;
  String conversationId;

  List<RateLimitsUpdated.RateLimit> rateLimits;

  /**
   * In a frame whose {@code delta} payload was cut out: the offset of the emptied value's opening
   * quote, which the top-level {@code delta} must be; -1 in a whole frame.
   */
  private final int cutAt;
  /** Whether the top-level {@code delta} was the emptied value, and nothing else was. */
  boolean cutDeltaFound;
  boolean cutDeltaMismatch;

  EventFields(int cutAt) {
    this.cutAt = cutAt;
  }

  /** Reads the event object whose {@link JsonToken#START_OBJECT} is {@code p}'s current token. */
  void read(JsonParser p) throws IOException {
    FieldOrder.Reader names = new FieldOrder.Reader();
    String field;
    while ((field = names.next(p, kind)) != null) {
      JsonToken value = p.nextToken();
      switch (field) {
        case "type" -> readType(p, value);
        case "event_id" -> eventId = string(p, value);
        case "response_id" -> responseId = string(p, value);
        case "item_id" -> itemId = string(p, value);
        case "previous_item_id" -> previousItemId = string(p, value);
        case "call_id" -> callId = string(p, value);
        case "name" -> name = string(p, value);
        case "delta" -> readDelta(p, value);
        case "text" -> text = string(p, value);
        case "transcript" -> transcript = string(p, value);
        case "arguments" -> arguments = string(p, value);
        case "event" -> key = string(p, value);
        case "speaker" -> speaker = string(p, value);
        case "id" -> id = string(p, value);
        case "output_index" -> outputIndex = intValue(p, value);
        case "content_index" -> contentIndex = intValue(p, value);
        case "audio_start_ms" -> audioStartMs = intValue(p, value);
        case "audio_end_ms" -> audioEndMs = intValue(p, value);
        case "received_at" -> receivedAt = longValue(p, value);
        case "start" -> start = doubleValue(p, value);
        case "end" -> end = doubleValue(p, value);
        case "session" -> readSession(p, value);
        case "error" -> readError(p, value);
        case "response" -> readResponse(p, value);
        case "item" -> readItem(p, value);
        case "part" -> readPart(p, value);
        case "conversation" -> readConversation(p, value);
        case "rate_limits" -> readRateLimits(p, value);
        default -> p.skipChildren();
      }
    }
    names.learn(kind);
  }

  private void readType(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.VALUE_STRING) {
      p.skipChildren();
      type = null;
      kind = null;
      return;
    }
    int slot = EventKind.slot(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (slot >= 0) {
      type = EventKind.name(slot);
      kind = EventKind.kind(slot);
    } else {
      type = p.getText();
      kind = null;
    }
  }

  private void readDelta(JsonParser p, JsonToken value) throws IOException {
    if (cutAt < 0) {
      delta = string(p, value);
    } else if (value == JsonToken.VALUE_STRING && !cutDeltaFound && startOffset(p) == cutAt
        && p.getTextLength() == 0) {
      cutDeltaFound = true;
    } else {
      cutDeltaMismatch = true;
      p.skipChildren();
    }
  }

  private void readSession(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    hasSession = true;
    sessionStart = startOffset(p);
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken v = p.nextToken();
      if (field.equals("id")) {
        sessionId = string(p, v);
      } else {
        p.skipChildren();
      }
    }
    sessionEnd = endOffset(p);
  }

  private void readError(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    hasError = true;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken v = p.nextToken();
      switch (field) {
        case "type" -> errorType = string(p, v);
        case "code" -> errorCode = string(p, v);
        case "message" -> errorMessage = string(p, v);
        case "param" -> errorParam = string(p, v);
        case "event_id" -> errorEventId = string(p, v);
        default -> p.skipChildren();
      }
    }
  }

  private void readResponse(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    hasResponse = true;
    responseStart = startOffset(p);
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken v = p.nextToken();
      switch (field) {
        case "id" -> responseObjectId = string(p, v);
        case "status" -> responseStatus = string(p, v);
        case "usage" -> readUsage(p, v);
        case "output" -> readOutput(p, v);
        default -> p.skipChildren();
      }
    }
    responseEnd = endOffset(p);
  }

  private void readUsage(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren();
      usage = null;
      return;
    }
    int total = 0;
    int input = 0;
    int output = 0;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken v = p.nextToken();
      switch (field) {
        case "total_tokens" -> total = intValue(p, v);
        case "input_tokens" -> input = intValue(p, v);
        case "output_tokens" -> output = intValue(p, v);
        default -> p.skipChildren();
      }
    }
    usage = new ResponseDone.Usage(total, input, output);
  }

  /** The response's output items: only function calls are kept, as {@link ToolCall}s. */
  private void readOutput(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    JsonToken item;
    while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
      if (item != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      String itemKind = null;
      String callName = null;
      String call = null;
      String args = null;
      String field;
      while ((field = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        switch (field) {
          case "type" -> itemKind = string(p, v);
          case "name" -> callName = string(p, v);
          case "call_id" -> call = string(p, v);
          case "arguments" -> args = string(p, v);
          default -> p.skipChildren();
        }
      }
      if ("function_call".equals(itemKind)) {
        if (callName == null || call == null || args == null) {
          toolCallsInvalid = true;
        } else {
          if (toolCalls == null) {
            toolCalls = new ArrayList<>(2);
          }
          toolCalls.add(ToolCall.of(callName, call, args));
        }
      }
    }
  }

  private void readItem(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    hasItem = true;
    itemStart = startOffset(p);
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken v = p.nextToken();
      switch (field) {
        case "id" -> itemObjectId = string(p, v);
        case "type" -> itemType = string(p, v);
        default -> p.skipChildren();
      }
    }
    itemEnd = endOffset(p);
  }

  private void readPart(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    hasPart = true;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken v = p.nextToken();
      switch (field) {
        case "type" -> partType = string(p, v);
        case "text" -> partText = string(p, v);
        case "transcript" -> partTranscript = string(p, v);
        default -> p.skipChildren();
      }
    }
  }

  private void readConversation(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    hasConversation = true;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken v = p.nextToken();
      if (field.equals("id")) {
        conversationId = string(p, v);
      } else {
        p.skipChildren();
      }
    }
  }

  private void readRateLimits(JsonParser p, JsonToken value) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    List<RateLimitsUpdated.RateLimit> limits = new ArrayList<>(2);
    JsonToken entry;
    while ((entry = p.nextToken()) != JsonToken.END_ARRAY) {
      if (entry != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      String limitName = null;
      long limit = 0;
      long remaining = 0;
      double resetSeconds = 0;
      String field;
      while ((field = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        switch (field) {
          case "name" -> limitName = string(p, v);
          case "limit" -> limit = longValue(p, v);
          case "remaining" -> remaining = longValue(p, v);
          case "reset_seconds" -> resetSeconds = doubleValue(p, v);
          default -> p.skipChildren();
        }
      }
      limits.add(new RateLimitsUpdated.RateLimit(limitName, limit, remaining, resetSeconds));
    }
    rateLimits = limits;
  }

  /** The offset of the current token's first char ({@code {} or {@code "}) in the frame. */
  private static int startOffset(JsonParser p) {
    return (int) p.currentTokenLocation().getCharOffset();
  }

  /** The offset just past the {@code }} just read. */
  private static int endOffset(JsonParser p) {
    return (int) p.currentLocation().getCharOffset();
  }

  /** A JSON string's text; {@code null} for anything else, which is skipped. */
  private static String string(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    p.skipChildren();
    return null;
  }

  /** A number as {@code JsonNode.asInt()} read it; 0 for what is not one. */
  private static int intValue(JsonParser p, JsonToken value) throws IOException {
    return (int) longValue(p, value);
  }

  /** A number as {@code JsonNode.asLong()} read it; 0 for what is not one. */
  private static long longValue(JsonParser p, JsonToken value) throws IOException {
    switch (value) {
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? p.getBigIntegerValue().longValue()
            : p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return (long) p.getDoubleValue();
      case VALUE_STRING:
        return NumberInput.parseAsLong(p.getText(), 0);
      case VALUE_TRUE:
        return 1;
      default:
        p.skipChildren();
        return 0;
    }
  }

  /** A number as {@code JsonNode.asDouble()} read it; 0 for what is not one. */
  private static double doubleValue(JsonParser p, JsonToken value) throws IOException {
    switch (value) {
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_STRING:
        return NumberInput.parseAsDouble(p.getText(), 0, false);
      case VALUE_TRUE:
        return 1;
      default:
        p.skipChildren();
        return 0;
    }
  }
}
