package dev.realtimeprofiles.runtime.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;
import okhttp3.Headers;

/**
 * The retry rules of OpenAI's official SDKs. {@code x-should-retry} decides first; otherwise 408,
 * 409, 429 and 5xx are retried (connection failures are retried by the caller). The delay is the
 * server's ({@code retry-after-ms}, then {@code Retry-After} in seconds or as an HTTP date) when it
 * is in (0, 60 s], else {@code min(0.5 s * 2^n, 8 s) * (1 - 0.25 * random)} for the n-th retry
 * (from 0).
 */
public final class RetryPolicy {

  static final Duration MAX_SERVER_DELAY = Duration.ofSeconds(60);
  private static final double INITIAL_DELAY_SECONDS = 0.5;
  private static final double MAX_BACKOFF_SECONDS = 8.0;

  private final Clock clock;
  private final DoubleSupplier random;

  public RetryPolicy(Clock clock, DoubleSupplier random) {
    this.clock = clock;
    this.random = random;
  }

  /** Whether a response with this status and headers is worth another attempt. */
  public boolean shouldRetry(int code, Headers headers) {
    String shouldRetry = headers.get("x-should-retry");
    if ("true".equalsIgnoreCase(shouldRetry)) {
      return true;
    }
    if ("false".equalsIgnoreCase(shouldRetry)) {
      return false;
    }
    return code == 408 || code == 409 || code == 429 || code >= 500;
  }

  /**
   * The delay before retry number {@code retriesSoFar + 1}.
   *
   * @param headers the failed response's headers; empty after a connection failure
   */
  public Duration delay(Headers headers, int retriesSoFar) {
    Duration fromServer = serverDelay(headers);
    if (fromServer != null
        && !fromServer.isNegative()
        && !fromServer.isZero()
        && fromServer.compareTo(MAX_SERVER_DELAY) <= 0) {
      return fromServer;
    }
    double seconds =
        Math.min(INITIAL_DELAY_SECONDS * Math.pow(2, retriesSoFar), MAX_BACKOFF_SECONDS);
    double jitter = 1 - 0.25 * random.getAsDouble();
    return Duration.ofNanos((long) (seconds * jitter * 1_000_000_000L));
  }

  private Duration serverDelay(Headers headers) {
    String millis = headers.get("retry-after-ms");
    if (millis != null) {
      try {
        return Duration.ofNanos((long) (Double.parseDouble(millis.trim()) * 1_000_000L));
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    String retryAfter = headers.get("Retry-After");
    if (retryAfter == null) {
      return null;
    }
    try {
      return Duration.ofNanos((long) (Double.parseDouble(retryAfter.trim()) * 1_000_000_000L));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        return Duration.between(clock.instant(), at.toInstant());
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
