package dev.realtimeprofiles.runtime.internal.ws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper of WebSocket events. Jackson's default string limit (20,000,000 characters)
 * is below what the API can send in one event (see {@link ServerEventParser#MAX_EVENT_CHARS}), so
 * it is raised to that limit: a string can never be longer than the event that holds it. Not API.
 */
final class WsJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(ServerEventParser.MAX_EVENT_CHARS)
                          .maxDocumentLength(ServerEventParser.MAX_EVENT_CHARS)
                          .build())
                  .build())
          .build();

  private WsJson() {}
}
