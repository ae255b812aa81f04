package dev.realtimeprofiles.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.X509TrustManager;
import mockwebserver3.MockWebServer;
import okhttp3.Protocol;

/**
 * A local OpenAI Realtime API on loopback, so tests and demos run with no key and no internet.
 *
 * <p>It serves {@code POST /v1/realtime/client_secrets} (GA), {@code POST /v1/realtime/sessions}
 * (beta) and the WebSocket {@code /v1/realtime} as the API does: it checks the API key, validates
 * bodies and {@code session.update} against OpenAI's schemas and the API's rules (answering OpenAI's
 * error shape with the offending field's path in {@code param}), mints {@code ek_} client secrets
 * that its WebSocket accepts until they expire, and answers text with deterministic, {@linkplain
 * #script() scripted} responses, including function calls. It records what it received so a test
 * can assert on it.
 *
 * <pre>{@code
 * try (RealtimeEmulator emulator = RealtimeEmulator.builder().build().start()) {
 *   emulator.script().callTool("Where is my order A-1017?", "lookupOrder", "{\"orderId\":\"A-1017\"}");
 *   // point the client at emulator.baseUrl() with emulator.apiKey()
 * }
 * }</pre>
 *
 * <p>With {@link Builder#tls(boolean) tls(true)} it serves {@code https://} and {@code wss://} only,
 * with a certificate made at start that {@link #certificatePem()} and {@link #trustManager()} hand to
 * clients. Sessions end at {@link Builder#maxSessionDuration the cap} the way the API ends them, and
 * {@link #dropConnections()} cuts every WebSocket at the TCP level, for reconnect tests.
 *
 * <p>Thread-safe. Waits are bounded; {@link #close()} ends every connection and may be called more
 * than once.
 */
public final class RealtimeEmulator implements AutoCloseable {
  /** The API key an emulator accepts unless {@link Builder#apiKey} says otherwise. */
  public static final String DEFAULT_API_KEY = "sk-emulator";

  private final EmulatorState state;
  private final TlsCertificates tls;
  private final MockWebServer server = new MockWebServer();
  private final Object lifecycle = new Object();
  private boolean started; // guarded by lifecycle
  private boolean closed; // guarded by lifecycle

  private RealtimeEmulator(Builder builder) {
    this.state = new EmulatorState(
        builder.apiKey, builder.clock, builder.eventInterval, builder.maxSessionDuration);
    this.tls = builder.tls ? TlsCertificates.generate() : null;
    server.setDispatcher(new EmulatorDispatcher(state));
    server.setServerSocketFactory(state.sockets);
    if (tls != null) {
      server.useHttps(tls.serverSocketFactory());
      // WebSockets need HTTP/1.1; the REST calls are served the same way for one code path.
      server.setProtocols(List.of(Protocol.HTTP_1_1));
    }
  }

  /**
   * A builder with the defaults: API key {@value #DEFAULT_API_KEY}, the system clock, plain HTTP,
   * sessions capped at 60 minutes as the API caps them.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds to a free port on 127.0.0.1 and starts serving.
   *
   * @return this emulator
   * @throws IllegalStateException if started before or closed
   * @throws UncheckedIOException if it cannot bind
   */
  public RealtimeEmulator start() {
    synchronized (lifecycle) {
      if (started || closed) {
        throw new IllegalStateException(closed ? "emulator is closed" : "emulator already started");
      }
      try {
        server.start(InetAddress.getLoopbackAddress(), 0);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the Realtime emulator on loopback", e);
      }
      state.startTimers();
      started = true;
      return this;
    }
  }

  /**
   * The REST base URL, like {@code http://127.0.0.1:PORT/v1} ({@code https://} with TLS): what
   * {@code OPENAI_BASE_URL} would be.
   *
   * @throws IllegalStateException before {@link #start()} or after {@link #close()}
   */
  public String baseUrl() {
    return (tls != null ? "https://" : "http://") + hostAndPort() + "/v1";
  }

  /**
   * The WebSocket URL without query, like {@code ws://127.0.0.1:PORT/v1/realtime} ({@code wss://}
   * with TLS).
   */
  public String webSocketUrl() {
    return (tls != null ? "wss://" : "ws://") + hostAndPort() + "/v1/realtime";
  }

  /**
   * The PEM of the certificate authority that signed this emulator's certificate (made at start,
   * valid for {@code localhost} and {@code 127.0.0.1}): what {@code NODE_EXTRA_CA_CERTS} or {@code
   * curl --cacert} needs.
   *
   * @throws IllegalStateException unless built with {@code tls(true)}
   */
  public String certificatePem() {
    return requireTls().rootPem();
  }

  /**
   * A trust manager that trusts this emulator's certificate and nothing else, for a Java client:
   * {@code new OkHttpClient.Builder().sslSocketFactory(factory, emulator.trustManager())}.
   *
   * @throws IllegalStateException unless built with {@code tls(true)}
   */
  public X509TrustManager trustManager() {
    return requireTls().trustManager();
  }

  /**
   * Drops every open WebSocket abruptly at the TCP level (a reset, no close frame, no error event),
   * as a network failure or a crashed server would, so a test can check that its client reconnects.
   * The emulator keeps serving new connections.
   */
  public void dropConnections() {
    for (RealtimeSocket socket : List.copyOf(state.openSockets)) {
      socket.drop();
    }
  }

  /**
   * Sends {@code error} now, unsolicited (its {@code event_id} is null), on every open WebSocket;
   * the connections stay open, as they do after most of the API's error events.
   */
  public void sendError(ScriptedError error) {
    Objects.requireNonNull(error, "error == null");
    for (RealtimeSocket socket : List.copyOf(state.openSockets)) {
      socket.sendScriptedError(error);
    }
  }

  /** The API key this emulator accepts. */
  public String apiKey() {
    return state.apiKey;
  }

  /** What the emulator's "model" answers; script it before the client asks. */
  public Script script() {
    return state.script;
  }

  /** Every HTTP request received so far (REST calls and WebSocket handshakes), oldest first. */
  public List<ReceivedRequest> receivedRequests() {
    return state.recorder.requests();
  }

  /** Every WebSocket message clients sent so far, over all connections, oldest first. */
  public List<RecordedEvent> receivedEvents() {
    return state.recorder.received();
  }

  /** Every WebSocket message the emulator sent so far, over all connections, oldest first. */
  public List<RecordedEvent> sentEvents() {
    return state.recorder.sent();
  }

  /**
   * The first client event of {@code type} received so far or within {@code timeout}.
   *
   * @throws IllegalStateException if none arrives in time; the message lists what did arrive
   */
  public RecordedEvent awaitReceivedEvent(String type, Duration timeout) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(timeout, "timeout == null");
    try {
      RecordedEvent event = state.recorder.awaitReceived(e -> e.type().equals(type), timeout);
      if (event == null) {
        throw new IllegalStateException("no client event of type " + type + " within " + timeout
            + "; received " + receivedEvents().stream().map(RecordedEvent::type).toList());
      }
      return event;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + type, e);
    }
  }

  /**
   * The first event of {@code type} the emulator sent so far or within {@code timeout}.
   *
   * @throws IllegalStateException if none is sent in time
   */
  public RecordedEvent awaitSentEvent(String type, Duration timeout) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(timeout, "timeout == null");
    try {
      RecordedEvent event = state.recorder.awaitSent(e -> e.type().equals(type), timeout);
      if (event == null) {
        throw new IllegalStateException("the emulator sent no event of type " + type + " within "
            + timeout + "; sent " + sentEvents().stream().map(RecordedEvent::type).toList());
      }
      return event;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + type, e);
    }
  }

  /** How many WebSocket connections are open now. */
  public int openConnections() {
    return state.openSockets.size();
  }

  /** Closes every connection and stops serving. Idempotent. */
  @Override
  public void close() {
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      closed = true;
    }
    state.closed = true;
    state.stopTimers();
    for (RealtimeSocket socket : List.copyOf(state.openSockets)) {
      socket.close();
    }
    server.close();
  }

  /** Names the address, never the key. */
  @Override
  public String toString() {
    synchronized (lifecycle) {
      return "RealtimeEmulator{" + (started && !closed ? baseUrl() : closed ? "closed" : "not started") + "}";
    }
  }

  private TlsCertificates requireTls() {
    if (tls == null) {
      throw new IllegalStateException("this emulator serves plain HTTP; build it with tls(true)");
    }
    return tls;
  }

  private String hostAndPort() {
    synchronized (lifecycle) {
      if (!started || closed) {
        throw new IllegalStateException(closed ? "emulator is closed" : "emulator not started");
      }
    }
    return "127.0.0.1:" + server.getPort();
  }

  /** Configures a {@link RealtimeEmulator}. Reusable: each {@link #build()} makes a new emulator. */
  public static final class Builder {
    private String apiKey = DEFAULT_API_KEY;
    private Clock clock = Clock.systemUTC();
    private Duration eventInterval = Duration.ZERO;
    private boolean tls;
    private Duration maxSessionDuration = Duration.ofMinutes(60);

    private Builder() {}

    /**
     * Serves {@code https://} and {@code wss://} (only) with a certificate for {@code localhost}
     * and {@code 127.0.0.1} made at start, for clients that always use TLS, like the npm {@code
     * openai} package. Default false.
     */
    public Builder tls(boolean tls) {
      this.tls = tls;
      return this;
    }

    /**
     * How long a WebSocket session may last (default 60 minutes, the API's cap). At the cap the
     * emulator does what the API does: an {@code error} event {@code session_expired} "Your session
     * hit the maximum duration of 60 minutes.", then a close with code 1001 and that message. The
     * session's {@code expires_at} says when. Measured on {@link #clock}.
     */
    public Builder maxSessionDuration(Duration maxSessionDuration) {
      Objects.requireNonNull(maxSessionDuration, "maxSessionDuration == null");
      if (maxSessionDuration.isNegative() || maxSessionDuration.isZero()) {
        throw new IllegalArgumentException("maxSessionDuration must be positive: " + maxSessionDuration);
      }
      this.maxSessionDuration = maxSessionDuration;
      return this;
    }

    /** The only API key the emulator accepts (besides the client secrets it mints). */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey == null");
      if (apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey is blank");
      }
      this.apiKey = apiKey;
      return this;
    }

    /**
     * The clock for {@code expires_at}, expiring client secrets, the session cap and VAD's idle
     * timeout; tests can move it (the emulator looks at it every 10 ms).
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * A pause between the events of a response (default none), so that a test can cancel a response
     * while it is being sent.
     */
    public Builder eventInterval(Duration eventInterval) {
      Objects.requireNonNull(eventInterval, "eventInterval == null");
      if (eventInterval.isNegative() || eventInterval.compareTo(Duration.ofSeconds(1)) > 0) {
        throw new IllegalArgumentException("eventInterval must be in [0, 1s]: " + eventInterval);
      }
      this.eventInterval = eventInterval;
      return this;
    }

    /** A new emulator, not yet started. */
    public RealtimeEmulator build() {
      return new RealtimeEmulator(this);
    }
  }
}
