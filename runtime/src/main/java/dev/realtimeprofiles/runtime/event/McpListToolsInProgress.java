package dev.realtimeprofiles.runtime.event;

/**
 * {@code mcp_list_tools.in_progress}: the server is listing an MCP server's tools.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param itemId the {@code mcp_list_tools} item
 */
public record McpListToolsInProgress(String type, String eventId, String itemId)
    implements ServerEvent {}
