package dev.realtimeprofiles.emulator;

import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request the emulator received (REST calls and WebSocket handshakes), for tests to assert
 * on.
 *
 * @param method the HTTP method, like {@code POST}
 * @param path the path with its query, like {@code /v1/realtime/client_secrets}
 * @param headers header names in lower case to their last value; {@code authorization} is redacted
 *     to {@code Bearer <redacted>} so that a test report never shows a key
 * @param body the request body as UTF-8, empty when there is none
 */
public record ReceivedRequest(String method, String path, Map<String, String> headers, String body) {

  /** Copies {@code headers}; checks for nulls. */
  public ReceivedRequest {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body == null");
  }

  /** The value of header {@code name} (any case), or {@code null}. */
  public String header(String name) {
    return headers.get(name.toLowerCase(java.util.Locale.ROOT));
  }
}
