package dev.realtimeprofiles.runtime.internal.ws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper of WebSocket events. Not API.
 *
 * <p>Its read limits let every string and field name of an event up to {@link
 * ServerEventParser#MAX_EVENT_CHARS} through (Jackson's defaults stop strings at 20,000,000 chars,
 * which an item retrieved with its audio can exceed); events beyond that limit never reach Jackson.
 *
 * <p>Jackson's default buffer recycling keeps a few KB of buffers per thread that ever parsed; on
 * JDK 21+ every socket reads on its own virtual thread, so that was ~16 KB of heap per session
 * (measured with 1,000 sessions). One bounded pool shared by all threads keeps the reuse without
 * the per-thread cost.
 */
final class WsJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(ServerEventParser.MAX_EVENT_CHARS)
                          .maxNameLength(ServerEventParser.MAX_EVENT_CHARS)
                          .maxDocumentLength(ServerEventParser.MAX_EVENT_CHARS)
                          .build())
                  .recyclerPool(JsonRecyclerPools.newBoundedPool(64))
                  .build())
          .build();

  /** The mapper's factory, for streaming parsers of server events. */
  static final JsonFactory FACTORY = MAPPER.getFactory();

  private WsJson() {}
}
