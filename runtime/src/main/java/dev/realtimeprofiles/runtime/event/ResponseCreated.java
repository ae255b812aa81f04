package dev.realtimeprofiles.runtime.event;

/**
 * {@code response.created}: the model started a response.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response's id
 * @param status the response's status, usually {@code in_progress}
 */
public record ResponseCreated(String type, String eventId, String responseId, String status)
    implements ServerEvent {}
