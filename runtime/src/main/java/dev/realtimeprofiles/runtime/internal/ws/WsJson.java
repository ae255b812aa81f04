package dev.realtimeprofiles.runtime.internal.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The Jackson mapper of WebSocket events. Not API. */
final class WsJson {
  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private WsJson() {}
}
