package dev.realtimeprofiles.runtime.event;

/**
 * {@code response.function_call_arguments.delta}: a piece of a function call's arguments as the
 * model writes them. The whole arguments come in {@link FunctionCallArgumentsDone}.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response it belongs to
 * @param itemId the function call item
 * @param outputIndex the item's index in the response's output
 * @param callId the call's id
 * @param delta the new arguments text
 */
public record FunctionCallArgumentsDelta(
    String type,
    String eventId,
    String responseId,
    String itemId,
    int outputIndex,
    String callId,
    String delta)
    implements ServerEvent {}
