package dev.realtimeprofiles.runtime.internal.ws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper of WebSocket events. Jackson's default string limit (20,000,000 characters)
 * is below what the API can send in one event (see {@link ServerEventParser#MAX_EVENT_CHARS}), so
 * it is raised to that limit: a string can never be longer than the event that holds it.
 *
 * <p>Jackson's default buffer recycling keeps a few KB of buffers per thread that ever parsed; on
 * JDK 21+ every socket reads on its own virtual thread, so that was ~16 KB of heap per session
 * (measured with 1,000 sessions). One bounded pool shared by all threads keeps the reuse without
 * the per-thread cost. Not API.
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
                  .recyclerPool(JsonRecyclerPools.newBoundedPool(64))
                  .build())
          .build();

  private WsJson() {}
}
