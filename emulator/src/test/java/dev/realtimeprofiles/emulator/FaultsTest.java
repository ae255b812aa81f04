package dev.realtimeprofiles.emulator;

import static dev.realtimeprofiles.emulator.TestClient.assertValidGaServerEvent;
import static dev.realtimeprofiles.emulator.WebSocketTest.userText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realtimeprofiles.runtime.EphemeralSession;
import dev.realtimeprofiles.runtime.RateLimitException;
import dev.realtimeprofiles.runtime.RealtimeClient;
import dev.realtimeprofiles.runtime.SessionConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The faults a user's reconnect and retry tests need, each as the API shows it. */
class FaultsTest {

  @Test
  void aSessionAtItsCapGetsSessionExpiredThenACloseWith1001() throws Exception {
    try (RealtimeEmulator emulator = RealtimeEmulator.builder().maxSessionDuration(Duration.ofMillis(300)).build().start();
        TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      long before = Instant.now().getEpochSecond();
      JsonNode created = socket.until("session.created");
      assertThat(created.at("/session/expires_at").asLong()).isBetween(before, before + 2);
      long start = System.nanoTime();
      socket.until("conversation.created");
      JsonNode error = socket.next();
      assertThat(error.get("type").asText()).isEqualTo("error");
      assertThat(error.at("/error/type").asText()).isEqualTo("invalid_request_error");
      assertThat(error.at("/error/code").asText()).isEqualTo("session_expired");
      assertThat(error.at("/error/message").asText())
          .isEqualTo("Your session hit the maximum duration of 300 milliseconds.");
      assertThat(error.at("/error/param").isNull()).isTrue();
      assertThat(error.at("/error/event_id").isNull()).isTrue();
      assertThat(socket.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1001);
      assertThat(socket.closeReason).isEqualTo("Your session hit the maximum duration of 300 milliseconds.");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
      for (RecordedEvent event : emulator.sentEvents()) {
        assertValidGaServerEvent(TestClient.json(event.json()));
      }
    }
  }

  @Test
  void theDefaultCapIsTheApisSixtyMinutesOnTheEmulatorsClock() throws Exception {
    WebSocketTest.MovableClock clock = new WebSocketTest.MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    try (RealtimeEmulator emulator = RealtimeEmulator.builder().clock(clock).build().start();
        TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      JsonNode created = socket.until("session.created");
      assertThat(created.at("/session/expires_at").asLong())
          .isEqualTo(Instant.parse("2026-01-01T01:00:00Z").getEpochSecond());
      socket.until("conversation.created");
      clock.advance(Duration.ofMinutes(59));
      TimeUnit.MILLISECONDS.sleep(50);
      assertThat(socket.events).isEmpty();
      clock.advance(Duration.ofMinutes(1));
      JsonNode error = socket.next();
      assertThat(error.at("/error/message").asText()).isEqualTo("Your session hit the maximum duration of 60 minutes.");
      assertThat(socket.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1001);
      assertThat(socket.closeReason).isEqualTo("Your session hit the maximum duration of 60 minutes.");
    }
    assertThat(RealtimeSocket.describe(Duration.ofMinutes(1))).isEqualTo("1 minute");
    assertThat(RealtimeSocket.describe(Duration.ofSeconds(90))).isEqualTo("90 seconds");
    assertThatThrownBy(() -> RealtimeEmulator.builder().maxSessionDuration(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dropConnectionsCutsEveryWebSocketWithoutACloseAndServesNewOnes() throws Exception {
    try (RealtimeEmulator emulator = RealtimeEmulator.builder().build().start();
        TestClient.Socket first = TestClient.Socket.open(emulator, false);
        TestClient.Socket second = TestClient.Socket.open(emulator, false)) {
      first.until("conversation.created");
      second.until("conversation.created");
      assertThat(emulator.openConnections()).isEqualTo(2);
      int sent = emulator.sentEvents().size();

      emulator.dropConnections();

      // A drop, not a close: the client sees a transport failure, no close frame, no error event.
      assertThat(first.closed.get(5, TimeUnit.SECONDS)).isEqualTo(-1);
      assertThat(second.closed.get(5, TimeUnit.SECONDS)).isEqualTo(-1);
      assertThat(first.closeReason).isNull();
      assertThat(first.failure).isInstanceOf(java.io.IOException.class);
      assertThat(emulator.sentEvents()).hasSize(sent);
      assertThat(emulator.openConnections()).isZero();

      try (TestClient.Socket again = TestClient.Socket.open(emulator, false)) {
        again.send(userText("Back?"));
        again.send("{\"type\": \"response.create\"}");
        assertThat(again.until("response.done").at("/response/status").asText()).isEqualTo("completed");
      }
    }
  }

  @Test
  void aDropOverTlsIsAlsoAbrupt() throws Exception {
    try (RealtimeEmulator emulator = RealtimeEmulator.builder().tls(true).build().start();
        TestClient.Socket socket = new TestClient.Socket(TlsTest.trusting(emulator), emulator,
            "?model=gpt-realtime", emulator.apiKey(), false)) {
      socket.until("conversation.created");
      emulator.dropConnections();
      assertThat(socket.closed.get(5, TimeUnit.SECONDS)).isEqualTo(-1);
      assertThat(socket.closeReason).isNull();
    }
  }

  @Test
  void aScriptedErrorRefusesTheNextEventOfItsType() {
    try (RealtimeEmulator emulator = RealtimeEmulator.builder().build().start();
        TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      emulator.script().failNext("response.create", ScriptedError.serverError("The server had an error."));
      socket.until("conversation.created");
      socket.send(userText("Hi"));
      socket.send("{\"type\": \"response.create\", \"event_id\": \"evt_fails\"}");
      JsonNode error = socket.until("error");
      assertThat(error.at("/error/type").asText()).isEqualTo("server_error");
      assertThat(error.at("/error/message").asText()).isEqualTo("The server had an error.");
      assertThat(error.at("/error/code").isNull()).isTrue();
      assertThat(error.at("/error/event_id").asText()).isEqualTo("evt_fails");

      socket.send("{\"type\": \"response.create\"}"); // only the next one failed
      assertThat(socket.until("response.done").at("/response/status").asText()).isEqualTo("completed");
      assertThat(emulator.sentEvents()).extracting(RecordedEvent::type).containsOnlyOnce("response.created");
    }
  }

  @Test
  void anUnsolicitedErrorReachesEveryConnectionWhichStaysOpen() {
    try (RealtimeEmulator emulator = RealtimeEmulator.builder().build().start();
        TestClient.Socket socket = TestClient.Socket.open(emulator, false)) {
      socket.until("conversation.created");
      emulator.sendError(ScriptedError.invalidRequest("rate_limit_exceeded", "Slow down."));
      JsonNode error = socket.next();
      assertValidGaServerEvent(error);
      assertThat(error.at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
      assertThat(error.at("/error/event_id").isNull()).isTrue();
      socket.send(userText("Still there?"));
      socket.send("{\"type\": \"response.create\"}");
      assertThat(socket.until("response.done").at("/response/status").asText()).isEqualTo("completed");
    }
  }

  @Test
  void rateLimitedRestCallsAnswer429WithRetryAfterAndAClientThatRetriesGetsThrough() {
    try (RealtimeEmulator emulator = RealtimeEmulator.builder().build().start()) {
      emulator.script().rateLimitRestCalls(2, Duration.ofMillis(150));
      TestClient.Answer limited = TestClient.post(emulator, "/realtime/client_secrets", "{}", emulator.apiKey());
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.headers().get("Retry-After")).isEqualTo("1");
      assertThat(limited.headers().get("retry-after-ms")).isEqualTo("150");
      assertThat(limited.body().at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
      assertThat(limited.body().at("/error/type").asText()).isEqualTo("requests");

      SessionConfig config = SessionConfig.builder().build();
      long start = System.nanoTime();
      EphemeralSession minted = RealtimeClient.builder().apiKey(emulator.apiKey()).baseUrl(emulator.baseUrl())
          .maxRetries(1).build().createClientSecret(config, Duration.ofMinutes(1));
      assertThat(minted.clientSecret().value()).startsWith("ek_");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));

      emulator.script().rateLimitRestCalls(1, Duration.ofSeconds(2));
      assertThatThrownBy(() -> RealtimeClient.builder().apiKey(emulator.apiKey()).baseUrl(emulator.baseUrl())
              .maxRetries(0).build().createClientSecret(config, Duration.ofMinutes(1)))
          .isInstanceOf(RateLimitException.class);
      assertThat(TestClient.post(emulator, "/realtime/client_secrets", "{}", emulator.apiKey()).status())
          .isEqualTo(200);
    }
  }
}
