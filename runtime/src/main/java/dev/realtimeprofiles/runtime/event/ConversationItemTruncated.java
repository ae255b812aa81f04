package dev.realtimeprofiles.runtime.event;

/**
 * {@code conversation.item.truncated}: the server cut an assistant audio item where the client
 * said playback stopped ({@code conversation.item.truncate}), and dropped the transcript the user
 * did not hear.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param itemId the assistant message item
 * @param contentIndex the content part that was cut
 * @param audioEndMs the audio kept, in ms
 */
public record ConversationItemTruncated(
    String type, String eventId, String itemId, int contentIndex, int audioEndMs)
    implements ServerEvent {}
