package dev.realtimeprofiles.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the parts of one running emulator share. */
final class EmulatorState {
  final String apiKey;
  final Ids ids = new Ids();
  final SecretStore secrets;
  final Script script = new Script();
  final Recorder recorder = new Recorder();
  final Duration eventInterval;
  final Set<RealtimeSocket> openSockets = ConcurrentHashMap.newKeySet();
  final AtomicInteger connections = new AtomicInteger();
  volatile boolean closed;

  EmulatorState(String apiKey, Clock clock, Duration eventInterval) {
    this.apiKey = apiKey;
    this.secrets = new SecretStore(clock, ids);
    this.eventInterval = eventInterval;
  }

  /** Whether {@code authorization} is {@code Bearer <the API key>}, compared in constant time. */
  boolean isApiKey(String authorization) {
    String token = bearer(authorization);
    return token != null
        && java.security.MessageDigest.isEqual(
            token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            apiKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static String bearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = authorization.substring(7).trim();
    return token.isEmpty() ? null : token;
  }
}
