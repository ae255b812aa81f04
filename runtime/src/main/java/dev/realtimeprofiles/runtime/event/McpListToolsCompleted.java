package dev.realtimeprofiles.runtime.event;

/**
 * {@code mcp_list_tools.completed}: the server listed an MCP server's tools (the {@code
 * mcp_list_tools} item holds them).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param itemId the {@code mcp_list_tools} item
 */
public record McpListToolsCompleted(String type, String eventId, String itemId)
    implements ServerEvent {}
