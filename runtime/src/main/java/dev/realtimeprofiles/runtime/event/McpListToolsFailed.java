package dev.realtimeprofiles.runtime.event;

/**
 * {@code mcp_list_tools.failed}: listing an MCP server's tools failed.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param itemId the {@code mcp_list_tools} item
 */
public record McpListToolsFailed(String type, String eventId, String itemId)
    implements ServerEvent {}
