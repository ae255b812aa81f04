package dev.realtimeprofiles.runtime.event;

/**
 * {@code response.mcp_call.completed}: an MCP tool call finished (the {@code mcp_call} item holds
 * its output).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param itemId the {@code mcp_call} item
 * @param outputIndex the item's index in the response's output
 */
public record McpCallCompleted(String type, String eventId, String itemId, int outputIndex)
    implements ServerEvent {}
