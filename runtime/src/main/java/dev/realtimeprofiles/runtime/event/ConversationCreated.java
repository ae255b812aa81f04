package dev.realtimeprofiles.runtime.event;

/**
 * {@code conversation.created}: the session's conversation exists; sent right after {@code
 * session.created}.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param conversationId the conversation's {@code id}, or {@code null}
 */
public record ConversationCreated(String type, String eventId, String conversationId)
    implements ServerEvent {}
