package dev.realtimeprofiles.runtime.internal.ws;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.UnknownEvent;
import java.io.IOException;

/**
 * Turns one WebSocket text message into a {@link ServerEvent}. GA and beta names of an event map
 * to the same record. Never drops: a message that is not JSON, has an unknown type, or lacks a
 * field the record needs becomes an {@link UnknownEvent} with the raw text; the only exception is
 * {@link EventTooLargeException}, for a message over {@link #MAX_EVENT_CHARS}.
 *
 * <p>One streaming pass of Jackson's {@link JsonParser} straight into the record ({@link
 * EventFields}, then {@link EventRecords}), no tree: a known {@code type} is matched on the
 * parser's chars, the JSON a record keeps as text ({@code session}, {@code response}, {@code
 * item}) is cut from the frame as the server wrote it, and an audio delta's payload skips the
 * tokenizer ({@link AudioDeltaFrames}).
 */
public final class ServerEventParser {

  /**
   * The longest message parsed, in chars: 64 Mi. The largest event the API sends is {@code
   * conversation.item.retrieved}, which carries an item's whole audio as base64. The spec caps one
   * {@code input_audio_buffer.append} at 15 MiB (openai-openapi, {@code
   * RealtimeClientEventInputAudioBufferAppend}) and a committed user item may hold several; 64 Mi
   * chars hold four such appends, about 17 minutes of 24 kHz pcm16 in one item, far beyond a turn.
   * Jackson's own default (20,000,000 chars per string) would have turned such an item into an
   * empty unknown event; the limit costs nothing below it and bounds the heap one frame may take.
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
    ServerEvent audio = AudioDeltaFrames.parse(text);
    if (audio != null) {
      return audio;
    }
    EventFields fields;
    try (JsonParser parser = WsJson.FACTORY.createParser(text)) {
      fields = read(parser, -1);
    } catch (IOException e) {
      fields = null; // not JSON (Jackson's parse exceptions are IOExceptions)
    }
    if (fields == null) {
      return new UnknownEvent("", null, text);
    }
    String type = fields.type == null ? "" : fields.type;
    if (fields.kind == null) {
      return new UnknownEvent(type, fields.eventId, text);
    }
    try {
      return EventRecords.of(fields, text);
    } catch (EventRecords.MissingFieldException e) {
      // A known name with an unexpected body (e.g. audio that is not base64): keep it raw.
      return new UnknownEvent(type, fields.eventId, text);
    }
  }

  /** The fields of the event in {@code chars}, or {@code null} if it is not a JSON object. */
  static EventFields read(char[] chars, int cutAt) {
    try (JsonParser parser = WsJson.FACTORY.createParser(chars)) {
      return read(parser, cutAt);
    } catch (IOException e) {
      return null;
    }
  }

  private static EventFields read(JsonParser parser, int cutAt) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    EventFields fields = new EventFields(cutAt);
    fields.read(parser);
    return fields;
  }
}
