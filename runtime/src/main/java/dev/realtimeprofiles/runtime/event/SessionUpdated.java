package dev.realtimeprofiles.runtime.event;

/**
 * {@code session.updated}: the server accepted a {@code session.update}; carries the full
 * effective configuration.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param sessionJson the effective {@code session} object as JSON text
 */
public record SessionUpdated(String type, String eventId, String sessionJson)
    implements ServerEvent {}
