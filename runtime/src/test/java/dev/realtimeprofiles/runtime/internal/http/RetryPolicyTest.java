package dev.realtimeprofiles.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-25T22:00:00Z");
  private final RetryPolicy noJitter =
      new RetryPolicy(Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.0);

  @ParameterizedTest
  @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504})
  void retriesTheseStatuses(int code) {
    assertThat(noJitter.shouldRetry(code, Headers.of())).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 422})
  void doesNotRetryTheseStatuses(int code) {
    assertThat(noJitter.shouldRetry(code, Headers.of())).isFalse();
  }

  @Test
  void xShouldRetryDecidesFirst() {
    assertThat(noJitter.shouldRetry(400, Headers.of("x-should-retry", "true"))).isTrue();
    assertThat(noJitter.shouldRetry(503, Headers.of("x-should-retry", "false"))).isFalse();
  }

  @Test
  void exponentialBackoffCappedAtEightSeconds() {
    assertThat(noJitter.delay(Headers.of(), 0)).isEqualTo(Duration.ofMillis(500));
    assertThat(noJitter.delay(Headers.of(), 1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(noJitter.delay(Headers.of(), 2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(noJitter.delay(Headers.of(), 4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(noJitter.delay(Headers.of(), 10)).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void jitterTakesUpToAQuarterOff() {
    RetryPolicy maxJitter = new RetryPolicy(Clock.systemUTC(), () -> 1.0);
    assertThat(maxJitter.delay(Headers.of(), 0)).isEqualTo(Duration.ofMillis(375));
    RetryPolicy halfJitter = new RetryPolicy(Clock.systemUTC(), () -> 0.5);
    assertThat(halfJitter.delay(Headers.of(), 1)).isEqualTo(Duration.ofMillis(875));
  }

  @Test
  void retryAfterMsFirstThenRetryAfter() {
    Headers both = Headers.of("retry-after-ms", "1500.5", "Retry-After", "7");
    assertThat(noJitter.delay(both, 0)).isEqualTo(Duration.ofNanos(1_500_500_000L));
    assertThat(noJitter.delay(Headers.of("Retry-After", "7"), 0)).isEqualTo(Duration.ofSeconds(7));
    assertThat(noJitter.delay(Headers.of("Retry-After", "0.25"), 0))
        .isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void retryAfterHttpDate() {
    Headers date = Headers.of("Retry-After", "Wed, 25 Nov 2026 22:00:30 GMT");
    assertThat(noJitter.delay(date, 0)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void serverDelaysOutsideZeroToSixtySecondsFallBackToBackoff() {
    assertThat(noJitter.delay(Headers.of("Retry-After", "61"), 0)).isEqualTo(Duration.ofMillis(500));
    assertThat(noJitter.delay(Headers.of("Retry-After", "0"), 1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(noJitter.delay(Headers.of("retry-after-ms", "-5"), 0))
        .isEqualTo(Duration.ofMillis(500));
    assertThat(noJitter.delay(Headers.of("Retry-After", "Wed, 25 Nov 2026 21:59:00 GMT"), 0))
        .isEqualTo(Duration.ofMillis(500));
    assertThat(noJitter.delay(Headers.of("Retry-After", "soon"), 0))
        .isEqualTo(Duration.ofMillis(500));
    assertThat(noJitter.delay(Headers.of("Retry-After", "60"), 0)).isEqualTo(Duration.ofSeconds(60));
  }
}
