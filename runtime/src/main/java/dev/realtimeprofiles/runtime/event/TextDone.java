package dev.realtimeprofiles.runtime.event;

/**
 * The model's text answer is complete: GA {@code response.output_text.done}, beta {@code
 * response.text.done}.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response it belongs to
 * @param itemId the message item it belongs to
 * @param outputIndex the item's index in the response's output
 * @param contentIndex the content part's index in the item
 * @param text the whole text
 */
public record TextDone(
    String type,
    String eventId,
    String responseId,
    String itemId,
    int outputIndex,
    int contentIndex,
    String text)
    implements ServerEvent {}
