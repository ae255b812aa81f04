package dev.realtimeprofiles.runtime.event;

/**
 * An event this version does not model (or one whose JSON did not have the fields expected), kept
 * as the server sent it so nothing is lost.
 *
 * @param type the event's {@code type}, or the empty string if the message had none
 * @param eventId the server's event id, or {@code null}
 * @param rawJson the message as received
 */
public record UnknownEvent(String type, String eventId, String rawJson) implements ServerEvent {}
