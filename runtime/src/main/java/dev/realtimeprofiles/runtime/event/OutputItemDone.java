package dev.realtimeprofiles.runtime.event;

/**
 * {@code response.output_item.done}: an output item of a response is complete, whatever the
 * response's outcome.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response it belongs to
 * @param outputIndex the item's index in the response's output
 * @param itemId the item's id, or {@code null}
 * @param itemType the item's {@code type} ({@code message}, {@code function_call}, {@code
 *     mcp_call}...), or {@code null}
 * @param itemJson the {@code item} object as JSON text, as the server wrote it
 */
public record OutputItemDone(
    String type,
    String eventId,
    String responseId,
    int outputIndex,
    String itemId,
    String itemType,
    String itemJson)
    implements ServerEvent {}
