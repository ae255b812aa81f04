package dev.realtimeprofiles.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the client does when the server or the network misbehaves: one test per fault. */
class FaultTest {

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
  void disconnectAtRequestStartIsRetried() {
    server.enqueue(
        new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ClientFixture.gaOk());

    EphemeralSession session = fixture.client().createClientSecret(config);

    assertThat(session.clientSecret().value()).startsWith("ek_");
    assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void disconnectAtEveryAttemptIsAConnectionException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    }
    assertThatThrownBy(() -> fixture.client().createClientSecret(config))
        .isInstanceOfSatisfying(
            RealtimeConnectionException.class,
            e -> {
              assertThat(e.statusCode()).isZero();
              assertThat(e.getMessage())
                  .startsWith("POST /realtime/client_secrets lost the connection (2 retries allowed)");
            });
    assertThat(fixture.sleeps).hasSize(2);
  }

  @Test
  void disconnectBeforeTheResponseOnAPooledConnectionIsRetried() {
    server.enqueue(ClientFixture.gaOk()); // opens the connection that is reused next
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ClientFixture.gaOk());
    RealtimeClient client = fixture.client();

    client.createClientSecret(config);
    client.createClientSecret(config);

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void disconnectDuringTheBodyIsRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(ClientFixture.resource("ga-client-secret.json"))
            .onResponseBody(new SocketEffect.CloseSocket())
            .build());
    server.enqueue(ClientFixture.gaOk());

    EphemeralSession session = fixture.client().createClientSecret(config);

    assertThat(session.clientSecret().value()).startsWith("ek_");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void bodySlowerThanTheReadTimeoutTimesOut() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .addHeader("Content-Type", "application/json")
              .body(ClientFixture.resource("ga-client-secret.json"))
              .throttleBody(16, 1, TimeUnit.SECONDS)
              .build());
    }
    RealtimeClient client =
        fixture.builder().readTimeout(Duration.ofMillis(200)).maxRetries(1).build();

    assertThatThrownBy(() -> client.createClientSecret(config))
        .isInstanceOf(RealtimeConnectionException.class)
        .hasMessageStartingWith("POST /realtime/client_secrets timed out (1 retries allowed)");
    assertThat(fixture.sleeps).hasSize(1);
  }

  @Test
  void bodyDelayBeyondTheReadTimeoutThenSuccess() {
    server.enqueue(
        new MockResponse.Builder()
            .body(ClientFixture.resource("ga-client-secret.json"))
            .bodyDelay(2, TimeUnit.SECONDS)
            .build());
    server.enqueue(ClientFixture.gaOk());
    RealtimeClient client = fixture.builder().readTimeout(Duration.ofMillis(200)).build();

    assertThat(client.createClientSecret(config).clientSecret().value()).startsWith("ek_");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void htmlBadGatewayIsAServerExceptionQuotingTheBody() {
    String html =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n"
            + "</body>\r\n</html>\r\n"
            + "<!-- padding -->".repeat(20);
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(502)
              .addHeader("Content-Type", "text/html")
              .body(html)
              .build());
    }
    assertThatThrownBy(() -> fixture.client().createClientSecret(config))
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(502);
              assertThat(e.type()).isNull();
              assertThat(e.getMessage())
                  .startsWith(
                      "POST /realtime/client_secrets failed with HTTP 502, and the body is not"
                          + " OpenAI's JSON error (text/html): \"<html> <head><title>502 Bad"
                          + " Gateway</title></head> <body> <center>")
                  .doesNotContain("\r", "\n", "Jackson", "com.fasterxml")
                  .contains("...\"");
              assertThat(e.getMessage().length()).isLessThan(400);
            });
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void truncatedJsonInA200IsReportedAsTruncated() {
    String full = ClientFixture.resource("ga-client-secret.json");
    server.enqueue(ClientFixture.json(200, full.substring(0, full.length() / 2)));

    assertThatThrownBy(() -> fixture.client().createClientSecret(config))
        .isInstanceOfSatisfying(
            RealtimeApiException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(200);
              assertThat(e.requestId()).isEqualTo("req_123");
              assertThat(e.getCause()).isNull();
              assertThat(e.getMessage())
                  .startsWith(
                      "POST /realtime/client_secrets answered HTTP 200 (application/json) with a"
                          + " body this client cannot read: the JSON ends early (truncated): \"{")
                  .doesNotContain("ek_68af", "com.fasterxml");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aBetaAnswerWithoutClientSecretIsReported() {
    server.enqueue(ClientFixture.json(200, ClientFixture.resource("session-without-secret.json")));
    assertThatThrownBy(() -> fixture.client().createSession(TestConfigs.fullBeta()))
        .isInstanceOf(RealtimeApiException.class)
        .hasMessageContaining("it has no client_secret.value and .expires_at");
  }

  @Test
  void emptyBodyIsReported() {
    server.enqueue(ClientFixture.json(200, ""));
    assertThatThrownBy(() -> fixture.client().createClientSecret(config))
        .isInstanceOf(RealtimeApiException.class)
        .hasMessageContaining("(empty body)");
  }

  @ParameterizedTest
  @CsvSource({
    "400, BadRequestException",
    "401, AuthenticationException",
    "403, PermissionDeniedException",
    "404, NotFoundException",
    "409, ConflictException",
    "422, UnprocessableEntityException",
    "429, RateLimitException",
    "500, ServerException",
    "503, ServerException",
    "418, RealtimeApiException",
  })
  void statusMapsToItsException(int status, String exception) {
    server.enqueue(
        ClientFixture.json(
            status,
            "{\"error\":{\"message\":\"m\",\"type\":\"t\",\"param\":\"session.voice\","
                + "\"code\":\"c\"}}"));
    assertThatThrownBy(() -> fixture.builder().maxRetries(0).build().createClientSecret(config))
        .satisfies(
            e -> {
              assertThat(e.getClass().getSimpleName()).isEqualTo(exception);
              RealtimeException r = (RealtimeException) e;
              assertThat(r.statusCode()).isEqualTo(status);
              assertThat(r.type()).isEqualTo("t");
              assertThat(r.param()).isEqualTo("session.voice");
              assertThat(r.code()).isEqualTo("c");
              assertThat(r.requestId()).isEqualTo("req_123");
              assertThat(r.getMessage())
                  .isEqualTo(
                      "POST /realtime/client_secrets failed with HTTP " + status + ": m [type t,"
                          + " param session.voice, code c, request id req_123]");
            });
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .body(ClientFixture.resource("ga-client-secret.json"))
            .onResponseStart(SocketEffect.Stall.INSTANCE)
            .build());
    server.enqueue(ClientFixture.gaOk()); // must never be requested

    CountDownLatch callCanceled = new CountDownLatch(1);
    CountDownLatch callFailed = new CountDownLatch(1);
    OkHttpClient observed =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void canceled(Call call) {
                    callCanceled.countDown();
                  }

                  @Override
                  public void callFailed(Call call, IOException ioe) {
                    callFailed.countDown();
                  }
                })
            .build();
    CompletableFuture<EphemeralSession> future =
        fixture.builder().okHttpClient(observed).build()
            .createClientSecretAsync(config, Duration.ofMinutes(1));
    server.takeRequest(5, TimeUnit.SECONDS); // the call is in flight
    long start = System.nanoTime();
    assertThat(future).isNotDone();
    assertThat(future.cancel(true)).isTrue();

    assertThatThrownBy(future::get).isInstanceOf(CancellationException.class);
    assertThat(callCanceled.await(2, TimeUnit.SECONDS)).isTrue();
    assertThat(callFailed.await(2, TimeUnit.SECONDS)).isTrue(); // the socket read was aborted
    Thread.sleep(300); // give a wrongly retrying client the time to send again
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(fixture.sleeps).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void asyncFailureCompletesExceptionally() {
    server.enqueue(ClientFixture.openAiError(401, "invalid_request_error", "invalid_api_key"));
    CompletableFuture<EphemeralSession> future =
        fixture.client().createClientSecretAsync(config);
    assertThatThrownBy(future::get)
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(AuthenticationException.class);
  }

  @Test
  void asyncErrorCompletesExceptionallyInsteadOfLeavingTheFuturePending() throws Exception {
    server.enqueue(ClientFixture.gaOk());
    AssertionError thrown = new AssertionError("interceptor bug");
    OkHttpClient failing =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  throw thrown;
                })
            .build();
    CompletableFuture<EphemeralSession> future =
        fixture.builder().okHttpClient(failing).build().createClientSecretAsync(config);

    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCause(thrown);
  }
}
