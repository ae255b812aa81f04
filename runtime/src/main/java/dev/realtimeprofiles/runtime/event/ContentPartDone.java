package dev.realtimeprofiles.runtime.event;

/**
 * {@code response.content_part.done}: a content part of an assistant message item is complete (also
 * sent when the response is interrupted, cancelled or incomplete). Audio itself arrives in {@link
 * AudioDelta}s and is not repeated here.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response it belongs to
 * @param itemId the message item it belongs to
 * @param outputIndex the item's index in the response's output
 * @param contentIndex the part's index in the item's content
 * @param partType the part's {@code type}, e.g. {@code text} or {@code audio}; or {@code null}
 * @param text the part's text so far ({@code text} parts), or {@code null}
 * @param transcript the part's transcript so far ({@code audio} parts), or {@code null}
 */
public record ContentPartDone(
    String type,
    String eventId,
    String responseId,
    String itemId,
    int outputIndex,
    int contentIndex,
    String partType,
    String text,
    String transcript)
    implements ServerEvent {}
