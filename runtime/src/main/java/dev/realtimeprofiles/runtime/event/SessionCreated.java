package dev.realtimeprofiles.runtime.event;

/**
 * {@code session.created}: the first event of every connection, with the session's defaults
 * (before the connection's own {@code session.update} applies).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param sessionId the session's {@code id}, or {@code null}
 * @param sessionJson the {@code session} object as JSON text
 */
public record SessionCreated(String type, String eventId, String sessionId, String sessionJson)
    implements ServerEvent {}
