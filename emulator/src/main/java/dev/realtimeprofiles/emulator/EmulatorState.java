package dev.realtimeprofiles.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** What the parts of one running emulator share. */
final class EmulatorState {
  /** How often the session cap and idle timeouts are checked against the clock. */
  static final long TICK_MILLIS = 10;

  final String apiKey;
  final Ids ids = new Ids();
  final Clock clock;
  final SecretStore secrets;
  final Script script = new Script();
  final Recorder recorder = new Recorder();
  final Duration eventInterval;
  final Duration maxSessionDuration;
  final NoDelayServerSocketFactory sockets = new NoDelayServerSocketFactory();
  final Set<RealtimeSocket> openSockets = ConcurrentHashMap.newKeySet();
  final AtomicInteger connections = new AtomicInteger();
  private final ScheduledExecutorService ticker;
  volatile boolean closed;

  EmulatorState(String apiKey, Clock clock, Duration eventInterval, Duration maxSessionDuration) {
    this.apiKey = apiKey;
    this.clock = clock;
    this.secrets = new SecretStore(clock, ids);
    this.eventInterval = eventInterval;
    this.maxSessionDuration = maxSessionDuration;
    this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "realtime-emulator-timers");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Starts checking the time-driven behaviour of every open connection (session cap, idle
   * timeout) against {@link #clock}, so that a test that moves its clock sees them too.
   */
  void startTimers() {
    ticker.scheduleWithFixedDelay(() -> {
      long now = clock.millis();
      for (RealtimeSocket socket : openSockets) {
        try {
          socket.tick(now);
        } catch (RuntimeException e) {
          // one connection's bug must not stop the timers of the others
        }
      }
    }, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  void stopTimers() {
    ticker.shutdownNow();
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
