package dev.realtimeprofiles.runtime.event;

/**
 * {@code response.function_call_arguments.done}: the model finished writing a function call's
 * arguments. The server also sends it for interrupted responses, so a connection dispatches tools
 * from the {@link ResponseDone} of a completed response instead (see {@link
 * ResponseDone#toolCalls()}).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response it belongs to
 * @param itemId the function call item
 * @param outputIndex the item's index in the response's output
 * @param callId the call's id, which its output must quote
 * @param name the function's name, or {@code null} if the server omitted it
 * @param arguments the arguments as JSON text, as the model wrote them
 */
public record FunctionCallArgumentsDone(
    String type,
    String eventId,
    String responseId,
    String itemId,
    int outputIndex,
    String callId,
    String name,
    String arguments)
    implements ServerEvent {}
