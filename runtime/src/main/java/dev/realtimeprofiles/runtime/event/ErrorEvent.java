package dev.realtimeprofiles.runtime.event;

/**
 * {@code error}: the server rejected something. Most errors leave the session open.
 *
 * @param type the event name as received ({@code error})
 * @param eventId the server's event id, or {@code null}
 * @param errorType the error's {@code type}, e.g. {@code invalid_request_error}
 * @param code the error's {@code code}, or {@code null}
 * @param message the human-readable message
 * @param param the parameter at fault, e.g. {@code session.audio.output.voice}, or {@code null}
 * @param clientEventId the {@code event_id} of the client event that caused it, or {@code null}
 */
public record ErrorEvent(
    String type,
    String eventId,
    String errorType,
    String code,
    String message,
    String param,
    String clientEventId)
    implements ServerEvent {}
