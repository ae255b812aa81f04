package dev.realtimeprofiles.runtime.event;

/**
 * {@code response.mcp_call.failed}: an MCP tool call failed (the {@code mcp_call} item holds the
 * error).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param itemId the {@code mcp_call} item
 * @param outputIndex the item's index in the response's output
 */
public record McpCallFailed(String type, String eventId, String itemId, int outputIndex)
    implements ServerEvent {}
