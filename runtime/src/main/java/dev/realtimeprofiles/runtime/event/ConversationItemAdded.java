package dev.realtimeprofiles.runtime.event;

/**
 * An item joined the conversation: GA {@code conversation.item.added}, beta (and older GA)
 * {@code conversation.item.created}.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param previousItemId the item it follows, or {@code null} at the start
 * @param itemId the new item's id, or {@code null}
 * @param itemType the item's {@code type}: {@code message}, {@code function_call}, {@code
 *     function_call_output}...; or {@code null}
 * @param itemJson the {@code item} object as JSON text
 */
public record ConversationItemAdded(
    String type,
    String eventId,
    String previousItemId,
    String itemId,
    String itemType,
    String itemJson)
    implements ServerEvent {}
