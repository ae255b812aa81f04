package dev.realtimeprofiles.emulator;

import static dev.realtimeprofiles.emulator.TestClient.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RestApiTest {
  static final String KEY = "sk-test-secret-123";
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  final RealtimeEmulator emulator = RealtimeEmulator.builder()
      .apiKey(KEY)
      .clock(Clock.fixed(NOW, ZoneOffset.UTC))
      .build()
      .start();

  @AfterEach
  void close() {
    emulator.close();
  }

  @Test
  void baseUrlIsLoopback() {
    assertThat(emulator.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
    assertThat(emulator.webSocketUrl()).matches("ws://127\\.0\\.0\\.1:\\d+/v1/realtime");
    assertThat(emulator.toString()).contains("127.0.0.1").doesNotContain(KEY);
  }

  @Test
  void gaClientSecretAnswersTheEffectiveSessionAndValidatesAgainstTheSpec() {
    TestClient.Answer answer = post(emulator, "/realtime/client_secrets", """
        {"expires_after": {"anchor": "created_at", "seconds": 120},
         "session": {"type": "realtime", "model": "gpt-realtime", "output_modalities": ["text"],
                     "instructions": "Be brief.",
                     "audio": {"output": {"voice": "marin", "speed": 1.2},
                               "input": {"turn_detection": {"type": "semantic_vad"}}}}}
        """, KEY);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.requestId()).startsWith("req_");
    JsonNode body = answer.body();
    assertThat(RealtimeSchemas.bundled().validate(RealtimeSchemas.GA_CLIENT_SECRET_RESPONSE, TestClient.withoutSpecExampleNulls(body))).isEmpty();
    assertThat(body.get("value").asText()).startsWith("ek_").hasSizeGreaterThan(20);
    assertThat(body.get("expires_at").asLong()).isEqualTo(NOW.getEpochSecond() + 120);
    JsonNode session = body.get("session");
    assertThat(session.get("id").asText()).startsWith("sess_");
    assertThat(session.get("object").asText()).isEqualTo("realtime.session");
    assertThat(session.get("output_modalities").toString()).isEqualTo("[\"text\"]");
    assertThat(session.get("instructions").asText()).isEqualTo("Be brief.");
    assertThat(session.at("/audio/output/voice").asText()).isEqualTo("marin");
    assertThat(session.at("/audio/output/speed").asDouble()).isEqualTo(1.2);
    // defaults filled in
    assertThat(session.at("/audio/output/format").toString()).isEqualTo("{\"type\":\"audio/pcm\",\"rate\":24000}");
    assertThat(session.at("/audio/input/turn_detection").toString())
        .isEqualTo("{\"type\":\"semantic_vad\",\"eagerness\":\"auto\",\"create_response\":true,\"interrupt_response\":true}");
    assertThat(session.get("max_output_tokens").asText()).isEqualTo("inf");
    assertThat(session.get("tool_choice").asText()).isEqualTo("auto");
  }

  @Test
  void gaDefaultTtlIsTenMinutesAndEverySecretIsNew() {
    JsonNode first = post(emulator, "/realtime/client_secrets", "{}", KEY).body();
    JsonNode second = post(emulator, "/realtime/client_secrets", "{\"session\":{\"type\":\"realtime\"}}", KEY).body();
    assertThat(first.get("expires_at").asLong()).isEqualTo(NOW.getEpochSecond() + 600);
    assertThat(first.get("value").asText()).isNotEqualTo(second.get("value").asText());
    assertThat(RealtimeSchemas.bundled().validate(RealtimeSchemas.GA_CLIENT_SECRET_RESPONSE, TestClient.withoutSpecExampleNulls(first))).isEmpty();
  }

  @Test
  void betaSessionAnswersSessionFieldsAndClientSecret() {
    TestClient.Answer answer = post(emulator, "/realtime/sessions", """
        {"model": "gpt-4o-realtime-preview", "modalities": ["audio", "text"], "voice": "ash",
         "temperature": 0.7, "input_audio_format": "g711_ulaw",
         "turn_detection": {"type": "server_vad", "threshold": 0.4}}
        """, KEY);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode body = answer.body();
    assertThat(RealtimeSchemas.bundled().validate(RealtimeSchemas.BETA_SESSION_RESPONSE, body)).isEmpty();
    assertThat(RealtimeSchemas.bundled().validate(RealtimeSchemas.BETA_SESSION, body)).isEmpty();
    assertThat(body.at("/client_secret/value").asText()).startsWith("ek_");
    assertThat(body.at("/client_secret/expires_at").asLong()).isEqualTo(NOW.getEpochSecond() + 60);
    assertThat(body.get("voice").asText()).isEqualTo("ash");
    assertThat(body.get("temperature").asDouble()).isEqualTo(0.7);
    assertThat(body.get("input_audio_format").asText()).isEqualTo("g711_ulaw");
    assertThat(body.get("output_audio_format").asText()).isEqualTo("pcm16");
    assertThat(body.at("/turn_detection/threshold").asDouble()).isEqualTo(0.4);
    assertThat(body.at("/turn_detection/silence_duration_ms").asInt()).isEqualTo(200);
    assertThat(body.get("object").asText()).isEqualTo("realtime.session");
  }

  @Test
  void betaClientSecretExpiryIsConfigurable() {
    JsonNode body = post(emulator, "/realtime/sessions",
        "{\"client_secret\": {\"expires_after\": {\"anchor\": \"created_at\", \"seconds\": 300}}}", KEY).body();
    assertThat(body.at("/client_secret/expires_at").asLong()).isEqualTo(NOW.getEpochSecond() + 300);
    assertThat(body.has("client_secret")).isTrue();
  }

  @Test
  void missingKeyIs401() {
    TestClient.Answer answer = post(emulator, "/realtime/client_secrets", "{}", null);
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.requestId()).startsWith("req_");
    assertThat(answer.body().at("/error/type").asText()).isEqualTo("invalid_request_error");
    assertThat(answer.body().at("/error/code").asText()).isEqualTo("missing_api_key");
  }

  @Test
  void wrongKeyIs401AndNeverEchoed() {
    for (String path : new String[] {"/realtime/client_secrets", "/realtime/sessions"}) {
      TestClient.Answer answer = post(emulator, path, "{}", "sk-wrong-key-456");
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.body().at("/error/code").asText()).isEqualTo("invalid_api_key");
      assertThat(answer.raw()).doesNotContain("sk-wrong-key-456").doesNotContain(KEY);
    }
  }

  @Test
  void clientSecretCannotCreateClientSecrets() {
    String secret = post(emulator, "/realtime/client_secrets", "{}", KEY).body().get("value").asText();
    TestClient.Answer answer = post(emulator, "/realtime/client_secrets", "{}", secret);
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.raw()).doesNotContain(secret);
  }

  @Test
  void malformedJsonIs400WithoutParam() {
    for (String body : new String[] {"{\"session\": ", "not json", "[1, 2]", ""}) {
      TestClient.Answer answer = post(emulator, "/realtime/client_secrets", body, KEY);
      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.requestId()).startsWith("req_");
      assertThat(answer.body().at("/error/type").asText()).isEqualTo("invalid_request_error");
      assertThat(answer.body().at("/error/param").isNull()).isTrue();
      assertThat(answer.body().at("/error/message").asText()).contains("could not parse the JSON body");
    }
    assertThat(post(emulator, "/realtime/sessions", "{oops", KEY).status()).isEqualTo(400);
  }

  @Test
  void unknownPathIs404InOpenAisShape() {
    TestClient.Answer answer = post(emulator, "/chat/completions", "{}", KEY);
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.requestId()).startsWith("req_");
    assertThat(answer.body().at("/error/message").asText()).isEqualTo("Invalid URL (POST /v1/chat/completions)");
  }

  @Test
  void recordsRequestsWithTheKeyRedacted() {
    post(emulator, "/realtime/client_secrets", "{\"session\":{\"type\":\"realtime\"}}", KEY);
    ReceivedRequest request = emulator.receivedRequests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/realtime/client_secrets");
    assertThat(TestClient.json(request.body()).at("/session/type").asText()).isEqualTo("realtime");
    assertThat(request.header("Authorization")).isEqualTo("Bearer <redacted>");
    assertThat(request.toString()).doesNotContain(KEY);
  }

  @Test
  void closeIsIdempotentAndRefusesStartAfterwards() {
    emulator.close();
    emulator.close();
    assertThat(emulator.toString()).contains("closed");
    org.assertj.core.api.Assertions.assertThatThrownBy(emulator::start)
        .isInstanceOf(IllegalStateException.class);
  }
}
