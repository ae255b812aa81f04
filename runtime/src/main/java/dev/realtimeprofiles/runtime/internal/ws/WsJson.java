package dev.realtimeprofiles.runtime.internal.ws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper of WebSocket events. Not API.
 *
 * <p>Its read limits let every string and field name of an event up to {@link
 * ServerEventParser#MAX_EVENT_CHARS} through (Jackson's defaults stop strings at 20,000,000 chars,
 * which an item retrieved with its audio can exceed); events beyond that limit never reach Jackson.
 */
final class WsJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(ServerEventParser.MAX_EVENT_CHARS)
                          .maxNameLength(ServerEventParser.MAX_EVENT_CHARS)
                          .build())
                  .build())
          .build();

  /** The mapper's factory, for streaming parsers of server events. */
  static final JsonFactory FACTORY = MAPPER.getFactory();

  private WsJson() {}
}
