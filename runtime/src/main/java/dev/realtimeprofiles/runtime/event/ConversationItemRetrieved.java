package dev.realtimeprofiles.runtime.event;

/**
 * {@code conversation.item.retrieved}: the answer to {@code conversation.item.retrieve}, the
 * server's copy of an item with all its content, audio included (base64, after noise reduction
 * and VAD). The largest event the API sends, hence {@code ServerEventParser.MAX_EVENT_CHARS}.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param itemId the item's id, or {@code null}
 * @param itemType the item's {@code type}, or {@code null}
 * @param itemJson the {@code item} object as JSON text, as the server wrote it
 */
public record ConversationItemRetrieved(
    String type, String eventId, String itemId, String itemType, String itemJson)
    implements ServerEvent {}
