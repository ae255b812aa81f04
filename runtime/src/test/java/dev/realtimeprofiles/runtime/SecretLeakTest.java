package dev.realtimeprofiles.runtime;

import static dev.realtimeprofiles.runtime.ClientFixture.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failing calls whose responses echo the API key and a client secret: neither may appear in an
 * exception (message, cause chain, stack trace text), a toString, or anything logged meanwhile
 * (the runtime logs nothing; OkHttp logs through java.util.logging, captured here).
 */
class SecretLeakTest {

  private static final String SECRET = "ek_68af296e8e408191a1120ab6383263c2";

  private final MockWebServer server = new MockWebServer();
  private final ClientFixture fixture = new ClientFixture(server);
  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final Logger root = Logger.getLogger("");
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record.getLoggerName() + " " + record.getMessage() + " " + record.getThrown());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level previousLevel;

  @BeforeEach
  void start() throws Exception {
    previousLevel = root.getLevel();
    root.setLevel(Level.ALL);
    root.addHandler(capture);
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
    root.removeHandler(capture);
    root.setLevel(previousLevel);
  }

  @Test
  void noFailureRevealsTheKeyOrTheSecret() {
    String echo = "Incorrect API key provided: " + API_KEY + ", secret " + SECRET;
    String echoedError =
        "{\"error\":{\"message\":\"" + echo + "\",\"type\":\"invalid_request_error\","
            + "\"param\":\"" + API_KEY + "\",\"code\":\"invalid_api_key\"}}";
    // 401 echoing the key, in message and param
    server.enqueue(ClientFixture.json(401, echoedError));
    // 500 three times (two retries), echoing both
    for (int i = 0; i < 3; i++) {
      server.enqueue(ClientFixture.json(500, echoedError));
    }
    // transport failure at every attempt (the socket closes before any response byte)
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    }
    // HTML 502 with the key and the secret in the page
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(502)
              .addHeader("Content-Type", "text/html")
              .body("<html><body>Bad Gateway for Bearer " + API_KEY + " " + SECRET + "</body></html>")
              .build());
    }
    // a 200 whose JSON is cut right after the secret
    server.enqueue(ClientFixture.json(200, "{\"value\":\"" + SECRET + "\",\"expires_at\":17"));
    // a 200 that is fine: its session and secret must still print redacted
    server.enqueue(ClientFixture.gaOk());

    RealtimeClient client = fixture.client();
    SessionConfig config = TestConfigs.fullGa();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 5; i++) {
      failures.add(catchThrowable(() -> client.createClientSecret(config, Duration.ofMinutes(1))));
    }
    EphemeralSession ok = client.createClientSecret(config);

    assertThat(failures)
        .hasSize(5)
        .allSatisfy(f -> assertThat(f).isInstanceOf(RealtimeException.class))
        .extracting(Throwable::getClass)
        .containsExactly(
            AuthenticationException.class,
            ServerException.class,
            RealtimeConnectionException.class,
            ServerException.class,
            RealtimeApiException.class);
    // the redaction kept the rest readable
    assertThat(failures.get(0).getMessage()).contains("Incorrect API key provided: <redacted>");

    List<String> texts = new CopyOnWriteArrayList<>();
    for (Throwable f : failures) {
      StringWriter trace = new StringWriter();
      f.printStackTrace(new PrintWriter(trace));
      texts.add(trace.toString());
      RealtimeException r = (RealtimeException) f;
      texts.add(String.valueOf(r.type()) + r.param() + r.code() + r.requestId());
    }
    texts.add(client.toString());
    texts.add(ok.toString());
    texts.add(ok.clientSecret().toString());
    texts.addAll(logged);

    assertThat(ok.clientSecret().value()).isEqualTo(SECRET); // the secret was really there
    assertThat(texts)
        .allSatisfy(
            text ->
                assertThat(text)
                    .doesNotContain(API_KEY)
                    .doesNotContain("SECRETKEY")
                    .doesNotContain(SECRET)
                    .doesNotContain("68af296e"));
  }
}
