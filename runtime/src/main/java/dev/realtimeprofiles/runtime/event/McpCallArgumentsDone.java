package dev.realtimeprofiles.runtime.event;

/**
 * {@code response.mcp_call_arguments.done}: the model finished an MCP tool call's arguments.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response it belongs to
 * @param itemId the {@code mcp_call} item
 * @param outputIndex the item's index in the response's output
 * @param arguments the arguments as JSON text
 */
public record McpCallArgumentsDone(
    String type,
    String eventId,
    String responseId,
    String itemId,
    int outputIndex,
    String arguments)
    implements ServerEvent {}
