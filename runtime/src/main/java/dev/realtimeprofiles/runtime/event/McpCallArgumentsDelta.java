package dev.realtimeprofiles.runtime.event;

/**
 * {@code response.mcp_call_arguments.delta}: a piece of an MCP tool call's arguments as the model
 * writes them.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response it belongs to
 * @param itemId the {@code mcp_call} item
 * @param outputIndex the item's index in the response's output
 * @param delta the new arguments text (JSON, incomplete)
 */
public record McpCallArgumentsDelta(
    String type, String eventId, String responseId, String itemId, int outputIndex, String delta)
    implements ServerEvent {}
