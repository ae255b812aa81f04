package dev.realtimeprofiles.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The retry rules end to end: attempts counted on the server, delays seen by the sleeper. */
class RetryTest {

  private final MockWebServer server = new MockWebServer();
  private final ClientFixture fixture = new ClientFixture(server);
  private final SessionConfig config = TestConfigs.fullGa();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void serverErrorsAreRetriedTwiceByDefaultWithBackoff() {
    server.enqueue(ClientFixture.openAiError(500, "server_error", "boom"));
    server.enqueue(ClientFixture.openAiError(503, "server_error", "boom"));
    server.enqueue(ClientFixture.gaOk());

    EphemeralSession session = fixture.client().createClientSecret(config);

    assertThat(session.clientSecret().value()).startsWith("ek_");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void givesUpAfterMaxRetriesWithTheLastError() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(ClientFixture.openAiError(502, "server_error", "bad_gateway_" + i));
    }

    assertThatThrownBy(() -> fixture.builder().maxRetries(3).build().createClientSecret(config))
        .isInstanceOf(ServerException.class)
        .satisfies(e -> assertThat(((RealtimeException) e).code()).isEqualTo("bad_gateway_3"));
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(fixture.sleeps)
        .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void maxRetriesZeroMakesOneAttempt() {
    server.enqueue(ClientFixture.openAiError(500, "server_error", "boom"));
    assertThatThrownBy(() -> fixture.builder().maxRetries(0).build().createClientSecret(config))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(fixture.sleeps).isEmpty();
  }

  @Test
  void badRequestIsNotRetried() {
    server.enqueue(ClientFixture.openAiError(400, "invalid_request_error", "bad"));
    assertThatThrownBy(() -> fixture.client().createClientSecret(config))
        .isInstanceOf(BadRequestException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(fixture.sleeps).isEmpty();
  }

  @Test
  void xShouldRetryTrueRetriesEvenA400() {
    server.enqueue(
        new MockResponse.Builder().code(400).addHeader("x-should-retry", "true").body("{}").build());
    server.enqueue(ClientFixture.gaOk());
    fixture.client().createClientSecret(config);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void xShouldRetryFalseStopsEvenA503() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("x-should-retry", "false")
            .body("{}")
            .build());
    assertThatThrownBy(() -> fixture.client().createClientSecret(config))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void conflictAndRequestTimeoutAreRetried() {
    server.enqueue(ClientFixture.openAiError(409, "conflict", "c"));
    server.enqueue(ClientFixture.openAiError(408, "timeout", "t"));
    server.enqueue(ClientFixture.gaOk());
    fixture.client().createClientSecret(config);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void retryAfterMsIsHonoured() {
    server.enqueue(
        new MockResponse.Builder().code(429).addHeader("retry-after-ms", "1234").build());
    server.enqueue(ClientFixture.gaOk());
    fixture.client().createClientSecret(config);
    assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(1234));
  }

  @Test
  void retryAfterSecondsIsHonoured() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").build());
    server.enqueue(ClientFixture.gaOk());
    fixture.client().createClientSecret(config);
    assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterHttpDateIsHonoured() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", "Wed, 25 Nov 2026 22:00:12 GMT")
            .build());
    server.enqueue(ClientFixture.gaOk());
    fixture.client().createClientSecret(config);
    assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterBeyondSixtySecondsFallsBackToBackoff() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
    server.enqueue(ClientFixture.gaOk());
    fixture.client().createClientSecret(config);
    assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void rateLimitWithRetryAfterExhaustedIsARateLimitException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(429)
              .addHeader("Retry-After", "2")
              .addHeader("Content-Type", "application/json")
              .addHeader("x-request-id", "req_429")
              .body(
                  "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\","
                      + "\"param\":null,\"code\":\"rate_limit_exceeded\"}}")
              .build());
    }
    assertThatThrownBy(() -> fixture.client().createClientSecret(config))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(429);
              assertThat(e.code()).isEqualTo("rate_limit_exceeded");
              assertThat(e.type()).isEqualTo("requests");
              assertThat(e.param()).isNull();
              assertThat(e.requestId()).isEqualTo("req_429");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "POST /realtime/client_secrets failed with HTTP 429: Rate limit reached"
                          + " [type requests, code rate_limit_exceeded, request id req_429]");
            });
    assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }
}
