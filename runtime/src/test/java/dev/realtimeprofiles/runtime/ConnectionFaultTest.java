package dev.realtimeprofiles.runtime;

import static dev.realtimeprofiles.runtime.ClientFixture.API_KEY;
import static dev.realtimeprofiles.runtime.FakeRealtimeServer.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.realtimeprofiles.runtime.RealtimeConnectionException.Kind;
import dev.realtimeprofiles.runtime.event.AudioDelta;
import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.TextDelta;
import dev.realtimeprofiles.runtime.event.UnknownEvent;
import dev.realtimeprofiles.runtime.internal.ws.ServerEventParser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket faults of issue 12, one test each, on MockWebServer or a raw socket: each ends in a
 * typed failure that the listener and the waiting caller both see, within its own timeout.
 */
class ConnectionFaultTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final RecordingListener listener = new RecordingListener();
  private FakeRealtimeServer server;
  private RealtimeConnection connection;

  @AfterEach
  void stop() {
    if (connection != null) {
      connection.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private RealtimeConnection connect() throws Exception {
    server = new FakeRealtimeServer();
    connection =
        RealtimeClient.builder().apiKey(API_KEY).baseUrl(server.baseUrl()).build()
            .connect(TestConfigs.fullGa(), listener);
    server.take("session.update");
    return connection;
  }

  /** A caller blocked in awaitEvent while the fault happens. */
  private CompletableFuture<Throwable> waitingCaller() {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            connection.awaitEvent(ResponseDone.class, Duration.ofSeconds(10));
            return null;
          } catch (RuntimeException e) {
            return e;
          }
        });
  }

  private static RealtimeConnectionException kind(Throwable t, Kind kind) {
    assertThat(t).isInstanceOf(RealtimeConnectionException.class);
    RealtimeConnectionException e = (RealtimeConnectionException) t;
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
    return e;
  }

  // ------------------------------------------------------------ timeouts

  @Test
  void aHandshakeThatNeverCompletesFailsConnectAtItsTimeoutWithoutACloseWait() throws Exception {
    try (RawWebSocketServer silent = new RawWebSocketServer(false, List.of())) {
      long start = System.nanoTime();
      assertThatThrownBy(
              () ->
                  RealtimeConnection.builder()
                      .clientSecret("ek_test")
                      .baseUrl(silent.baseUrl())
                      .config(SessionConfig.builder().build())
                      .listener(listener)
                      .sessionTimeout(Duration.ofMillis(500))
                      .connect())
          .satisfies(
              e ->
                  assertThat(kind(e, Kind.TIMEOUT))
                      .hasMessageStartingWith("the WebSocket handshake with ws://127.0.0.1:")
                      .hasMessageEndingWith(" did not complete within PT0.5S"));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(took).isBetween(Duration.ofMillis(480), Duration.ofMillis(1500));
      // The listener saw the same failure, and never a clean close of a session that never was.
      assertThat(kind(listener.awaitFailure(), Kind.TIMEOUT).getMessage()).contains("PT0.5S");
      assertThat(listener.terminalCalls).containsExactly("onFailure");
      assertThat(silent.connections()).isEqualTo(1);
    }
  }

  @Test
  void anUnacknowledgedSessionUpdateFailsConnectAtItsTimeoutAndTheListenerSeesIt() throws Exception {
    server = new FakeRealtimeServer();
    server.behaviour = event -> List.of();
    long start = System.nanoTime();
    Throwable thrown =
        org.junit.jupiter.api.Assertions.assertThrows(
            RealtimeConnectionException.class,
            () ->
                RealtimeConnection.builder()
                    .clientSecret("ek_test")
                    .baseUrl(server.baseUrl())
                    .config(SessionConfig.builder().build())
                    .listener(listener)
                    .sessionTimeout(Duration.ofMillis(400))
                    .connect());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).as("no extra close wait").isBetween(Duration.ofMillis(380), Duration.ofMillis(1500));
    assertThat(kind(thrown, Kind.TIMEOUT))
        .hasMessage("the server did not answer session.update evt_1 within PT0.4S");
    assertThat(listener.awaitFailure()).isSameAs(thrown);
    assertThat(listener.terminalCalls).containsExactly("onFailure");
    // The open socket is still closed properly, after connect returned.
    assertThat(server.clientClose.get(5, TimeUnit.SECONDS)[0]).isEqualTo(1000);
  }

  @Test
  void closeHonoursItsTimeoutWhenTheServerNeverAnswersTheClose() throws Exception {
    try (RawWebSocketServer deaf = new RawWebSocketServer(true, sessionOpened())) {
      connection =
          RealtimeConnection.builder()
              .clientSecret("ek_test")
              .baseUrl(deaf.baseUrl())
              .config(SessionConfig.builder().build())
              .listener(listener)
              .pingInterval(Duration.ZERO)
              .connect();
      long start = System.nanoTime();
      connection.close();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(took).isBetween(Duration.ofMillis(4900), Duration.ofMillis(6000));
      assertThat(listener.awaitClosed()).isEqualTo("1000 client closed");
      assertThat(listener.terminalCalls).containsExactly("onClosed");
    }
  }

  // ------------------------------------------------------------ what the server sends

  @Test
  void aBinaryFrameIsATypedFailureForTheListenerAndTheWaitingCaller() throws Exception {
    connect();
    CompletableFuture<Throwable> caller = waitingCaller();

    server.serverSocket().send(ByteString.of((byte) 1, (byte) 2, (byte) 3));

    RealtimeException failure = listener.awaitFailure();
    assertThat(kind(failure, Kind.BINARY_FRAME))
        .hasMessage("the server sent a binary frame of 3 bytes; the Realtime API sends JSON text only");
    Throwable seen = caller.get(5, TimeUnit.SECONDS);
    assertThat(seen).isInstanceOf(RealtimeConnectionException.class).hasCause(failure);
    assertThat(server.clientClose.get(5, TimeUnit.SECONDS)[0]).isEqualTo(1003);
    assertThat(connection.isOpen()).isFalse();
  }

  /**
   * Big events come from a raw socket: OkHttp, and so MockWebServer, refuses to queue a message
   * over 16 MiB (it closes with 1001 instead).
   */
  private RealtimeConnection connectRaw(RawWebSocketServer raw) {
    connection =
        RealtimeConnection.builder()
            .clientSecret("ek_test")
            .baseUrl(raw.baseUrl())
            .config(SessionConfig.builder().build())
            .listener(listener)
            .connect();
    return connection;
  }

  private static List<String> openedThen(String event) {
    return List.of(sessionOpened().get(0), sessionOpened().get(1), event);
  }

  @Test
  void anEventOverTheLimitIsATypedFailureNotAnUnknownEvent() throws Exception {
    StringBuilder huge = new StringBuilder(ServerEventParser.MAX_EVENT_CHARS + 64);
    huge.append("{\"type\":\"response.output_text.delta\",\"delta\":\"");
    while (huge.length() <= ServerEventParser.MAX_EVENT_CHARS) {
      huge.append("abcdefghijklmnopqrstuvwxyz012345");
    }
    huge.append("\"}");
    int size = huge.length();
    try (RawWebSocketServer raw = new RawWebSocketServer(true, openedThen(huge.toString()))) {
      huge = null;
      connectRaw(raw);
      CompletableFuture<Throwable> caller = waitingCaller();

      RealtimeException failure = listener.failure.get(20, TimeUnit.SECONDS);
      assertThat(kind(failure, Kind.EVENT_TOO_LARGE))
          .hasMessage("the server sent an event of " + size + " characters, over the limit of "
              + ServerEventParser.MAX_EVENT_CHARS + "; the connection cannot go on without it");
      assertThat(caller.get(5, TimeUnit.SECONDS)).hasCause(failure);
      assertThat(listener.events).noneMatch(e -> e instanceof UnknownEvent);
      assertThat(listener.terminalCalls).containsExactly("onFailure");
    }
  }

  @Test
  void anEventOverJacksonsDefaultLimitButWithinTheApisIsParsed() throws Exception {
    // 16 MiB of audio: 22.4 M characters of base64, over Jackson's default 20,000,000.
    byte[] audio = new byte[16 << 20];
    audio[audio.length - 1] = 7;
    String base64 = java.util.Base64.getEncoder().encodeToString(audio);
    assertThat(base64.length()).isGreaterThan(20_000_000);
    String event = "{\"type\":\"response.output_audio.delta\",\"event_id\":\"e1\",\"response_id\":\"r\","
        + "\"item_id\":\"i\",\"output_index\":0,\"content_index\":0,\"delta\":\"" + base64 + "\"}";
    try (RawWebSocketServer raw = new RawWebSocketServer(true, openedThen(event))) {
      connectRaw(raw);
      AudioDelta delta = connection.awaitEvent(AudioDelta.class, Duration.ofSeconds(20));
      assertThat(delta.audio()).hasSize(audio.length);
      assertThat(delta.audio()[audio.length - 1]).isEqualTo((byte) 7);
      assertThat(listener.failure).isNotDone();
    }
  }

  @Test
  void closeCode1011IsAFailureNotACleanClose() throws Exception {
    connect();
    CompletableFuture<Throwable> caller = waitingCaller();

    server.serverSocket().close(1011, "internal error");

    RealtimeException failure = listener.awaitFailure();
    RealtimeConnectionException e = kind(failure, Kind.CLOSED_BY_SERVER);
    assertThat(e.closeCode()).isEqualTo(1011);
    assertThat(e).hasMessage(
        "the server closed the WebSocket with code 1011 (internal server error: internal error)");
    assertThat(caller.get(5, TimeUnit.SECONDS)).hasCause(failure);
    assertThat(listener.terminalCalls).containsExactly("onFailure");
  }

  @Test
  void closeCodes1000And1001AreCleanClosesWithoutAReconnectPolicy() throws Exception {
    connect();
    server.serverSocket().close(1001, "session expired");
    assertThat(listener.awaitClosed()).isEqualTo("1001 session expired");
    assertThat(listener.terminalCalls).containsExactly("onClosed");
  }

  @Test
  void aServerCloseBeforeTheFirstAcknowledgementFailsConnectEvenWith1000() {
    try {
      server = new FakeRealtimeServer();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    server.behaviour =
        event -> {
          try {
            server.serverSocket().close(1000, "bye");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return List.of();
        };
    assertThatThrownBy(
            () ->
                RealtimeConnection.builder()
                    .clientSecret("ek_test")
                    .baseUrl(server.baseUrl())
                    .config(SessionConfig.builder().build())
                    .listener(listener)
                    .connect())
        .satisfies(e -> assertThat(kind(e, Kind.CLOSED_BY_SERVER).closeCode()).isEqualTo(1000));
    assertThat(listener.terminalCalls).containsExactly("onFailure");
  }

  // ------------------------------------------------------------ dead peers

  private static List<String> sessionOpened() {
    return List.of(
        example("ga", "session.created"),
        "{\"type\":\"session.updated\",\"event_id\":\"e2\",\"session\":{\"type\":\"realtime\"}}");
  }

  @Test
  void aDeadPeerIsDetectedWithinTheConfiguredPingInterval() throws Exception {
    try (RawWebSocketServer dead = new RawWebSocketServer(true, sessionOpened())) {
      connection =
          RealtimeConnection.builder()
              .clientSecret("ek_test")
              .baseUrl(dead.baseUrl())
              .config(SessionConfig.builder().build())
              .listener(listener)
              .pingInterval(Duration.ofMillis(200))
              .connect();
      long start = System.nanoTime();
      CompletableFuture<Throwable> caller = waitingCaller();

      RealtimeException failure = listener.awaitFailure();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
      assertThat(kind(failure, Kind.PING_TIMEOUT).getMessage())
          .startsWith("the peer at ws://127.0.0.1:")
          .contains("stopped answering pings")
          .contains("didn't receive pong within 200ms");
      assertThat(caller.get(5, TimeUnit.SECONDS)).hasCause(failure);
    }
  }

  @Test
  void theUsersOwnOkHttpPingIntervalIsKept() throws Exception {
    OkHttpClient own = new OkHttpClient.Builder().pingInterval(Duration.ofMillis(250)).build();
    assertThat(RealtimeConnection.webSocketClient(own, null).pingIntervalMillis()).isEqualTo(250);
    assertThat(RealtimeConnection.webSocketClient(own, Duration.ofSeconds(3)).pingIntervalMillis())
        .as("an explicit interval wins").isEqualTo(3000);
    assertThat(RealtimeConnection.webSocketClient(new OkHttpClient(), null).pingIntervalMillis())
        .isEqualTo(RealtimeConnection.DEFAULT_PING_INTERVAL.toMillis());
    assertThat(RealtimeConnection.webSocketClient(own, Duration.ZERO).pingIntervalMillis()).isZero();

    try (RawWebSocketServer dead = new RawWebSocketServer(true, sessionOpened())) {
      connection =
          RealtimeClient.builder().apiKey(API_KEY).baseUrl(dead.baseUrl()).okHttpClient(own).build()
              .connect(SessionConfig.builder().build(), listener);
      assertThat(kind(listener.awaitFailure(), Kind.PING_TIMEOUT).getMessage())
          .contains("didn't receive pong within 250ms");
    }
  }

  // ------------------------------------------------------------ redaction

  @Test
  void everyEventTheListenerSeesIsRedacted() throws Exception {
    connect();
    String secret = "ek_68af296e8e408191a1120ab6383263c2";
    server.send("{\"type\":\"error\",\"event_id\":\"e\",\"error\":{\"type\":\"invalid_request_error\","
        + "\"message\":\"bad key " + API_KEY + " and " + secret + "\",\"event_id\":null}}");
    server.send("{\"type\":\"response.hologram\",\"token\":\"" + secret + "\"}");
    server.send("{\"type\":\"response.output_text.delta\",\"delta\":\"your key is " + API_KEY + "\"}");

    ErrorEvent error = connection.awaitEvent(ErrorEvent.class, WAIT);
    UnknownEvent unknown = connection.awaitEvent(UnknownEvent.class, WAIT);
    TextDelta text = connection.awaitEvent(TextDelta.class, WAIT);
    assertThat(error.message()).isEqualTo("bad key <redacted> and ek_<redacted>");
    assertThat(unknown.rawJson()).isEqualTo("{\"type\":\"response.hologram\",\"token\":\"ek_<redacted>\"}");
    assertThat(text.delta()).isEqualTo("your key is <redacted>");
    for (ServerEvent event : listener.events) {
      assertThat(event.toString()).doesNotContain(API_KEY, secret);
    }
    assertThat(listener.errors).singleElement().extracting(ErrorEvent::message)
        .isEqualTo("bad key <redacted> and ek_<redacted>");
    assertThat(listener.textDeltas).containsExactly("your key is <redacted>");
  }
}
