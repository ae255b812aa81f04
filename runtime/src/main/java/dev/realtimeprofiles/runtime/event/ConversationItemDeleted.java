package dev.realtimeprofiles.runtime.event;

/**
 * {@code conversation.item.deleted}: an item left the conversation ({@code
 * conversation.item.delete}).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param itemId the deleted item
 */
public record ConversationItemDeleted(String type, String eventId, String itemId)
    implements ServerEvent {}
