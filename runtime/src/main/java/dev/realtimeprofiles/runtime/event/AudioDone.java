package dev.realtimeprofiles.runtime.event;

/**
 * The model's spoken answer is complete: GA {@code response.output_audio.done}, beta {@code
 * response.audio.done}.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response it belongs to
 * @param itemId the message item it belongs to
 * @param outputIndex the item's index in the response's output
 * @param contentIndex the content part's index in the item
 */
public record AudioDone(
    String type, String eventId, String responseId, String itemId, int outputIndex, int contentIndex)
    implements ServerEvent {}
