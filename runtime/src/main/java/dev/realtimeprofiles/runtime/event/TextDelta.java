package dev.realtimeprofiles.runtime.event;

/**
 * A piece of the model's text answer: GA {@code response.output_text.delta}, beta {@code
 * response.text.delta}.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response it belongs to
 * @param itemId the message item it belongs to
 * @param outputIndex the item's index in the response's output
 * @param contentIndex the content part's index in the item
 * @param delta the new text
 */
public record TextDelta(
    String type,
    String eventId,
    String responseId,
    String itemId,
    int outputIndex,
    int contentIndex,
    String delta)
    implements ServerEvent {}
