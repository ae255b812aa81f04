package dev.realtimeprofiles.emulator;

import java.util.Objects;

/**
 * One WebSocket message, as a client sent it or as the emulator sent it.
 *
 * @param connection which WebSocket connection, counted from 1 in the order they were opened
 * @param type the event's {@code type}, or {@code ""} when the message was not a JSON object with
 *     one
 * @param json the message exactly as it went over the wire
 */
public record RecordedEvent(int connection, String type, String json) {

  /** Checks for nulls. */
  public RecordedEvent {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(json, "json == null");
  }
}
