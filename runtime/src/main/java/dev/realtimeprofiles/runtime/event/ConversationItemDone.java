package dev.realtimeprofiles.runtime.event;

/**
 * {@code conversation.item.done}: an item of the conversation is final. The item holds its whole
 * content except audio, which {@code conversation.item.retrieve} fetches (see {@link
 * ConversationItemRetrieved}).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param previousItemId the item it follows, or {@code null} at the start
 * @param itemId the item's id, or {@code null}
 * @param itemType the item's {@code type} ({@code message}, {@code function_call}...), or {@code
 *     null}
 * @param itemJson the {@code item} object as JSON text, as the server wrote it
 */
public record ConversationItemDone(
    String type,
    String eventId,
    String previousItemId,
    String itemId,
    String itemType,
    String itemJson)
    implements ServerEvent {}
