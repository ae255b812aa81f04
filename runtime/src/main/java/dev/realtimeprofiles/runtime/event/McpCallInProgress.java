package dev.realtimeprofiles.runtime.event;

/**
 * {@code response.mcp_call.in_progress}: the model called a tool of an MCP server, and the server
 * is running it.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param itemId the {@code mcp_call} item
 * @param outputIndex the item's index in the response's output
 */
public record McpCallInProgress(String type, String eventId, String itemId, int outputIndex)
    implements ServerEvent {}
