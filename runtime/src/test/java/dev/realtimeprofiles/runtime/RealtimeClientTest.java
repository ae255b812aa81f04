package dev.realtimeprofiles.runtime;

import static dev.realtimeprofiles.runtime.ClientFixture.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.runtime.internal.json.BetaRequestWriter;
import dev.realtimeprofiles.runtime.internal.json.GaRequestWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RealtimeClientTest {

  private final MockWebServer server = new MockWebServer();
  private final ClientFixture fixture = new ClientFixture(server);

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void gaClientSecretSendsTheGaBodyAndHeaders() throws Exception {
    server.enqueue(ClientFixture.gaOk());
    RealtimeClient client = fixture.builder().organization("org-1").project("proj_1").build();

    EphemeralSession session = client.createClientSecret(TestConfigs.fullGa(), Duration.ofMinutes(2));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/v1/realtime/client_secrets");
    assertThat(request.getBody().utf8())
        .isEqualTo(GaRequestWriter.clientSecretBody(TestConfigs.fullGa(), OptionalInt.of(120)))
        .startsWith("{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":120},\"session\":");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(request.getHeaders().get("OpenAI-Organization")).isEqualTo("org-1");
    assertThat(request.getHeaders().get("OpenAI-Project")).isEqualTo("proj_1");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent"))
        .matches("realtime-profiles-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(request.getHeaders().get("OpenAI-Beta")).isNull();

    assertThat(session.api()).isEqualTo(Api.GA);
    assertThat(session.clientSecret().value()).isEqualTo("ek_68af296e8e408191a1120ab6383263c2");
    assertThat(session.expiresAt()).isEqualTo(Instant.ofEpochSecond(1756310470));
    assertThat(session.id()).isEqualTo("sess_C9CiUVUzUzYIssh3ELY1d");
    assertThat(session.session().get("truncation").asText()).isEqualTo("auto"); // unknown, kept
    assertThat(session.session().get("audio").get("output").get("voice").asText())
        .isEqualTo("alloy");
    assertThat(session.toString()).doesNotContain("ek_68af");
    assertThat(session.clientSecret().toString())
        .isEqualTo("ClientSecret{value=<redacted>, expiresAt=2025-08-27T16:01:10Z}");
  }

  @Test
  void gaWithoutTtlUsesTheConfigsExpiryOrNone() throws Exception {
    server.enqueue(ClientFixture.gaOk());
    server.enqueue(ClientFixture.gaOk());
    RealtimeClient client = fixture.client();

    client.createClientSecret(TestConfigs.fullGa());
    client.createClientSecret(SessionConfig.builder().build());

    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo(GaRequestWriter.clientSecretBody(TestConfigs.fullGa()))
        .contains("\"seconds\":600");
    assertThat(server.takeRequest().getBody().utf8())
        .isEqualTo("{\"session\":{\"type\":\"realtime\"}}");
  }

  @Test
  void betaSessionSendsTheFlatBody() throws Exception {
    server.enqueue(ClientFixture.betaOk());

    EphemeralSession session = fixture.client().createSession(TestConfigs.fullBeta());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/v1/realtime/sessions");
    assertThat(request.getBody().utf8())
        .isEqualTo(BetaRequestWriter.sessionBody(TestConfigs.fullBeta()));
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent")).startsWith("realtime-profiles-java/");
    assertThat(request.getHeaders().get("OpenAI-Organization")).isNull();
    assertThat(request.getHeaders().get("OpenAI-Project")).isNull();
    assertThat(session.api()).isEqualTo(Api.BETA);
    assertThat(session.clientSecret().value()).isEqualTo("ek_abc123");
    assertThat(session.expiresAt()).isEqualTo(Instant.ofEpochSecond(1234567890));
    assertThat(session.session().has("client_secret")).isFalse();
    assertThat(session.session().get("tracing").asText()).isEqualTo("auto");
    assertThat(session.id()).isEqualTo("sess_001");
  }

  @Test
  void precomputedRequestIsSentAsIsToTheEndpointOfItsApi() throws Exception {
    server.enqueue(ClientFixture.gaOk());
    server.enqueue(ClientFixture.betaOk());
    String constant = "{\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\"}}";
    RealtimeClient client = fixture.client();

    client.create(SessionRequest.of(SessionConfig.builder().build(), constant));
    client.create(SessionRequest.of(TestConfigs.fullBeta()));

    RecordedRequest ga = server.takeRequest();
    assertThat(ga.getTarget()).isEqualTo("/v1/realtime/client_secrets");
    assertThat(ga.getBody().utf8()).isEqualTo(constant);
    RecordedRequest beta = server.takeRequest();
    assertThat(beta.getTarget()).isEqualTo("/v1/realtime/sessions");
    assertThat(beta.getBody().utf8())
        .isEqualTo(BetaRequestWriter.sessionBody(TestConfigs.fullBeta()));
  }

  @Test
  void requestIsTaggedWithItsConfigForInterceptors() throws Exception {
    server.enqueue(ClientFixture.gaOk());
    List<Object> seen = new CopyOnWriteArrayList<>();
    OkHttpClient shared =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  seen.add(chain.request().tag(SessionConfig.class));
                  seen.add(chain.request().tag(SessionRequest.class));
                  return chain.proceed(chain.request());
                })
            .build();
    SessionRequest request = SessionRequest.of(TestConfigs.fullGa());

    fixture.builder().okHttpClient(shared).build().create(request);

    assertThat(seen).containsExactly(TestConfigs.fullGa(), request);
  }

  @Test
  void asyncCompletesWithTheSession() throws Exception {
    server.enqueue(ClientFixture.gaOk());
    EphemeralSession session =
        fixture.client().createClientSecretAsync(TestConfigs.fullGa()).get();
    assertThat(session.clientSecret().value()).startsWith("ek_");
  }

  @Test
  void baseUrlWithTrailingSlash() throws Exception {
    server.enqueue(ClientFixture.gaOk());
    fixture.builder().baseUrl(server.url("/v1/").toString()).build()
        .createClientSecret(SessionConfig.builder().build());
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/realtime/client_secrets");
  }

  @Test
  void ttlOutsideTheApisRangeIsRejectedBeforeSending() {
    RealtimeClient client = fixture.client();
    SessionConfig config = SessionConfig.builder().build();
    assertThatThrownBy(() -> client.createClientSecret(config, Duration.ofSeconds(9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ttl must be between 10 s and 2 h, was PT9S");
    assertThatThrownBy(() -> client.createClientSecretAsync(config, Duration.ofHours(3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void environment() {
    RealtimeClient client =
        RealtimeClient.fromEnvironment(
            Map.of(
                "OPENAI_API_KEY", API_KEY,
                "OPENAI_BASE_URL", "http://localhost:1234/v1",
                "OPENAI_ORG_ID", "org-9",
                "OPENAI_PROJECT_ID", "proj_9"));
    assertThat(client.baseUrl()).isEqualTo("http://localhost:1234/v1");
    assertThat(client.toString())
        .isEqualTo(
            "RealtimeClient{baseUrl=http://localhost:1234/v1, apiKey=<redacted>,"
                + " organization=org-9, project=proj_9, maxRetries=2}");
    assertThat(RealtimeClient.fromEnvironment(Map.of("OPENAI_API_KEY", API_KEY)).baseUrl())
        .isEqualTo("https://api.openai.com/v1");
  }

  @Test
  void missingApiKeyNamesTheVariable() {
    assertThatThrownBy(() -> RealtimeClient.fromEnvironment(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OPENAI_API_KEY");
    assertThatThrownBy(() -> RealtimeClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OPENAI_API_KEY")
        .hasMessageContaining("apiKey(...)");
  }
}
