package dev.realtimeprofiles.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** A client against a MockWebServer whose retries record their delays instead of sleeping. */
final class ClientFixture {

  static final String API_KEY = "sk-test-SECRETKEY0123456789";
  static final Instant NOW = Instant.parse("2026-11-25T22:00:00Z");

  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  final MockWebServer server;

  ClientFixture(MockWebServer server) {
    this.server = server;
  }

  RealtimeClient.Builder builder() {
    return RealtimeClient.builder()
        .apiKey(API_KEY)
        .baseUrl(server.url("/v1").toString())
        .timeout(Duration.ofSeconds(10))
        .sleeper(sleeps::add)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .random(() -> 0.0);
  }

  RealtimeClient client() {
    return builder().build();
  }

  static String resource(String name) {
    try (InputStream in = ClientFixture.class.getResourceAsStream("/responses/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .addHeader("x-request-id", "req_123")
        .body(body)
        .build();
  }

  static MockResponse gaOk() {
    return json(200, resource("ga-client-secret.json"));
  }

  static MockResponse betaOk() {
    return json(200, resource("beta-session.json"));
  }

  static MockResponse openAiError(int code, String type, String code2) {
    return json(
        code,
        "{\"error\":{\"message\":\"failure " + code + "\",\"type\":\"" + type
            + "\",\"param\":null,\"code\":\"" + code2 + "\"}}");
  }
}
