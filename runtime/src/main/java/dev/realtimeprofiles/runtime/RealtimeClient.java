package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.runtime.internal.http.CallHandle;
import dev.realtimeprofiles.runtime.internal.http.HttpExecutor;
import dev.realtimeprofiles.runtime.internal.http.HttpResult;
import dev.realtimeprofiles.runtime.internal.http.Redactor;
import dev.realtimeprofiles.runtime.internal.http.RetryPolicy;
import dev.realtimeprofiles.runtime.internal.http.Sleeper;
import dev.realtimeprofiles.runtime.internal.http.UserAgent;
import dev.realtimeprofiles.runtime.internal.json.BetaRequestWriter;
import dev.realtimeprofiles.runtime.internal.json.GaRequestWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Creates Realtime sessions over HTTP: {@code POST /realtime/client_secrets} (GA) and {@code POST
 * /realtime/sessions} (beta). Immutable and thread-safe; share one instance. Failures are retried
 * as the official SDKs do, then thrown as {@link RealtimeException}s, whose messages never contain
 * the API key or a client secret.
 *
 * <pre>{@code
 * RealtimeClient client = RealtimeClient.fromEnvironment();
 * EphemeralSession s = client.createClientSecret(config, Duration.ofMinutes(10));
 * }</pre>
 */
public final class RealtimeClient {

  /** Where requests go unless {@code OPENAI_BASE_URL} or {@link Builder#baseUrl} says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

  /** Retries after the first attempt unless {@link Builder#maxRetries} says otherwise. */
  public static final int DEFAULT_MAX_RETRIES = 2;

  private static final Duration MIN_TTL = Duration.ofSeconds(10);
  private static final Duration MAX_TTL = Duration.ofHours(2);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String MISSING_KEY =
      "no OpenAI API key: set the environment variable OPENAI_API_KEY or call"
          + " RealtimeClient.builder().apiKey(...)";

  private final String apiKey;
  private final HttpUrl baseUrl;
  private final String organization;
  private final String project;
  private final int maxRetries;
  private final OkHttpClient okHttp;
  /** {@link #okHttp} for WebSockets: their own unbounded dispatcher, the ping interval. */
  private final OkHttpClient webSockets;
  private final Duration pingInterval;
  private final ReconnectPolicy reconnect;
  private final int eventBufferCapacity;
  private final HttpExecutor executor;
  private final Redactor redactor;

  private RealtimeClient(Builder b) {
    this.apiKey = b.apiKey;
    this.baseUrl = b.baseUrl;
    this.organization = b.organization;
    this.project = b.project;
    this.maxRetries = b.maxRetries;
    OkHttpClient.Builder http = (b.okHttp != null ? b.okHttp : new OkHttpClient()).newBuilder();
    if (b.okHttp == null) {
      http.connectTimeout(Duration.ofSeconds(10))
          .readTimeout(Duration.ofSeconds(60))
          .callTimeout(Duration.ofSeconds(60));
    }
    if (b.connectTimeout != null) {
      http.connectTimeout(b.connectTimeout);
    }
    if (b.readTimeout != null) {
      http.readTimeout(b.readTimeout);
    }
    if (b.callTimeout != null) {
      http.callTimeout(b.callTimeout);
    }
    http.retryOnConnectionFailure(false); // our retry policy counts every attempt
    this.okHttp = http.build();
    this.pingInterval = b.pingInterval;
    this.webSockets = RealtimeConnection.webSocketClient(okHttp, b.pingInterval);
    this.reconnect = b.reconnect;
    this.eventBufferCapacity = b.eventBufferCapacity;
    this.executor =
        new HttpExecutor(okHttp, maxRetries, new RetryPolicy(b.clock, b.random), b.sleeper);
    this.redactor = new Redactor(apiKey);
  }

  /**
   * A client configured like the official SDKs: {@code OPENAI_API_KEY} (required), {@code
   * OPENAI_BASE_URL} (default {@value #DEFAULT_BASE_URL}), {@code OPENAI_ORG_ID}, {@code
   * OPENAI_PROJECT_ID}.
   *
   * @throws IllegalStateException if {@code OPENAI_API_KEY} is not set
   */
  public static RealtimeClient fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static RealtimeClient fromEnvironment(Map<String, String> env) {
    return builderFromEnvironment(env).build();
  }

  static Builder builderFromEnvironment(Map<String, String> env) {
    Builder builder = builder();
    String key = env.get("OPENAI_API_KEY");
    if (key == null || key.isBlank()) {
      throw new IllegalStateException(MISSING_KEY);
    }
    builder.apiKey(key);
    String baseUrl = env.get("OPENAI_BASE_URL");
    if (baseUrl != null && !baseUrl.isBlank()) {
      builder.baseUrl(baseUrl);
    }
    String org = env.get("OPENAI_ORG_ID");
    if (org != null && !org.isBlank()) {
      builder.organization(org);
    }
    String project = env.get("OPENAI_PROJECT_ID");
    if (project != null && !project.isBlank()) {
      builder.project(project);
    }
    return builder;
  }

  /** A builder; only the API key is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with this client's settings, to derive a variant (e.g. fewer retries). */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.apiKey = apiKey;
    b.baseUrl = baseUrl;
    b.organization = organization;
    b.project = project;
    b.maxRetries = maxRetries;
    b.okHttp = okHttp;
    b.pingInterval = pingInterval;
    b.reconnect = reconnect;
    b.eventBufferCapacity = eventBufferCapacity;
    return b;
  }

  /**
   * GA: a client secret for {@code config}, valid for {@code ttl}. Writes the GA body whatever
   * {@code config.api()} says.
   *
   * @param ttl from 10 seconds to 2 hours, counted from the secret's creation
   */
  public EphemeralSession createClientSecret(SessionConfig config, Duration ttl) {
    Objects.requireNonNull(ttl, "ttl == null");
    return create(gaRequest(config, ttl), Api.GA, new CallHandle());
  }

  /**
   * GA: a client secret for {@code config}, with the config's own {@code expiresAfterSeconds} or
   * else the server's default (10 minutes).
   */
  public EphemeralSession createClientSecret(SessionConfig config) {
    return create(gaRequest(config, null), Api.GA, new CallHandle());
  }

  /**
   * Beta, the seed's call: {@code POST /realtime/sessions} with the flat body, whatever {@code
   * config.api()} says.
   */
  public EphemeralSession createSession(SessionConfig config) {
    return create(betaRequest(config), Api.BETA, new CallHandle());
  }

  /** Sends a precomputed request to the endpoint of {@code request.config().api()}. */
  public EphemeralSession create(SessionRequest request) {
    Objects.requireNonNull(request, "request == null");
    return create(request, request.config().api(), new CallHandle());
  }

  /** {@link #createClientSecret(SessionConfig, Duration)}; cancelling the future cancels the call. */
  public CompletableFuture<EphemeralSession> createClientSecretAsync(
      SessionConfig config, Duration ttl) {
    Objects.requireNonNull(ttl, "ttl == null");
    return async(gaRequest(config, ttl), Api.GA);
  }

  /** {@link #createClientSecret(SessionConfig)}; cancelling the future cancels the call. */
  public CompletableFuture<EphemeralSession> createClientSecretAsync(SessionConfig config) {
    return async(gaRequest(config, null), Api.GA);
  }

  /** {@link #createSession(SessionConfig)}; cancelling the future cancels the call. */
  public CompletableFuture<EphemeralSession> createSessionAsync(SessionConfig config) {
    return async(betaRequest(config), Api.BETA);
  }

  /** {@link #create(SessionRequest)}; cancelling the future cancels the call. */
  public CompletableFuture<EphemeralSession> createAsync(SessionRequest request) {
    Objects.requireNonNull(request, "request == null");
    return async(request, request.config().api());
  }

  /**
   * Opens a Realtime WebSocket for {@code config}, authenticated with this client's API key, and
   * runs the model's function calls with {@code tools}. Blocks until the server confirmed the
   * config's {@code session.update}; see {@link RealtimeConnection}. Generated stubs call it as
   * {@code connect(CONFIG, new FooToolDispatcher(tools), listener)}.
   *
   * @throws SessionUpdateRejectedException if the server rejects the config
   * @throws RealtimeException if the connection cannot be opened
   */
  public RealtimeConnection connect(
      SessionConfig config, ToolDispatcher tools, RealtimeListener listener) {
    Objects.requireNonNull(tools, "tools == null");
    return connectionBuilder(config, listener).tools(tools).connect();
  }

  /**
   * Opens a Realtime WebSocket for {@code config} without tools (function calls still reach
   * {@link RealtimeListener#onToolCall}). See {@link #connect(SessionConfig, ToolDispatcher,
   * RealtimeListener)}.
   */
  public RealtimeConnection connect(SessionConfig config, RealtimeListener listener) {
    return connectionBuilder(config, listener).connect();
  }

  private RealtimeConnection.Builder connectionBuilder(
      SessionConfig config, RealtimeListener listener) {
    return RealtimeConnection.builder()
        .config(config)
        .listener(listener)
        .apiKey(apiKey)
        .organization(organization)
        .project(project)
        .baseUrl(baseUrl)
        .okHttpClient(okHttp)
        .webSocketClient(webSockets)
        .reconnect(reconnect)
        .eventBufferCapacity(eventBufferCapacity);
  }

  /** The base URL requests go to, e.g. {@value #DEFAULT_BASE_URL}. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  @Override
  public String toString() {
    return "RealtimeClient{baseUrl=" + baseUrl + ", apiKey=<redacted>"
        + (organization == null ? "" : ", organization=" + organization)
        + (project == null ? "" : ", project=" + project)
        + ", maxRetries=" + maxRetries
        + (reconnect.maxAttempts() > 0 || reconnect.renewAfter().isPresent()
            ? ", reconnect=" + reconnect : "")
        + "}";
  }

  private static SessionRequest gaRequest(SessionConfig config, Duration ttl) {
    Objects.requireNonNull(config, "config == null");
    OptionalInt seconds = config.expiresAfterSeconds();
    if (ttl != null) {
      if (ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(MAX_TTL) > 0) {
        throw new IllegalArgumentException("ttl must be between 10 s and 2 h, was " + ttl);
      }
      seconds = OptionalInt.of((int) ttl.toSeconds());
    }
    return SessionRequest.of(config, GaRequestWriter.clientSecretBody(config, seconds));
  }

  private static SessionRequest betaRequest(SessionConfig config) {
    Objects.requireNonNull(config, "config == null");
    return SessionRequest.of(config, BetaRequestWriter.sessionBody(config));
  }

  private CompletableFuture<EphemeralSession> async(SessionRequest request, Api api) {
    CallHandle handle = new CallHandle();
    CompletableFuture<EphemeralSession> future =
        new CompletableFuture<>() {
          @Override
          public boolean cancel(boolean mayInterruptIfRunning) {
            // Cancel the future first, so it is not completed by the failure of the cancelled call.
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            handle.cancel();
            return cancelled;
          }
        };
    Executor background = okHttp.dispatcher().executorService();
    background.execute(
        () -> {
          try {
            future.complete(create(request, api, handle));
          } catch (Throwable t) {
            // Any throwable, as supplyAsync does: an Error (e.g. from an interceptor) left
            // uncaught would end this thread and leave the future pending forever.
            future.completeExceptionally(t);
          }
        });
    return future;
  }

  private EphemeralSession create(SessionRequest request, Api api, CallHandle handle) {
    String path = api == Api.GA ? "realtime/client_secrets" : "realtime/sessions";
    String what = "POST /" + path;
    Request.Builder http =
        apiRequest(apiKey, organization, project)
            .url(baseUrl.newBuilder().addPathSegments(path).build())
            .header("Accept", "application/json")
            .post(RequestBody.create(request.body().getBytes(StandardCharsets.UTF_8), JSON))
            .tag(SessionConfig.class, request.config())
            .tag(SessionRequest.class, request);
    HttpResult result;
    try {
      result = executor.execute(http.build(), handle);
    } catch (IOException e) {
      throw Responses.connectionFailure(e, what, maxRetries, redactor);
    }
    if (!result.isSuccessful()) {
      throw Responses.error(result, what, redactor);
    }
    return Responses.readSession(api, result, what, redactor);
  }

  /** {@code baseUrl} without one trailing slash, so paths append to it alike with or without. */
  static HttpUrl parseBaseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    HttpUrl url = HttpUrl.parse(trimmed);
    if (url == null) {
      throw new IllegalArgumentException("baseUrl is not an http(s) URL: " + baseUrl);
    }
    return url;
  }

  /**
   * A request with the headers every call to the API carries, REST call or WebSocket handshake:
   * the bearer token (API key or client secret), the User-Agent, and the organization and project
   * when set.
   */
  static Request.Builder apiRequest(String bearer, String organization, String project) {
    Request.Builder request =
        new Request.Builder()
            .header("Authorization", "Bearer " + bearer)
            .header("User-Agent", UserAgent.VALUE);
    if (organization != null) {
      request.header("OpenAI-Organization", organization);
    }
    if (project != null) {
      request.header("OpenAI-Project", project);
    }
    return request;
  }

  /** Configures a {@link RealtimeClient}. */
  public static final class Builder {
    private String apiKey;
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private String organization;
    private String project;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;
    private OkHttpClient okHttp;
    private Duration pingInterval;
    private ReconnectPolicy reconnect = ReconnectPolicy.none();
    private int eventBufferCapacity = RealtimeConnection.EVENT_BUFFER_CAPACITY;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /** The API key ({@code sk-...}); required. Never shown in any message. */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey == null");
      return this;
    }

    /** The API's base URL, e.g. a proxy or the local emulator; default {@value #DEFAULT_BASE_URL}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = parseBaseUrl(baseUrl);
      return this;
    }

    /** Sent as {@code OpenAI-Organization}. */
    public Builder organization(String organization) {
      this.organization = Objects.requireNonNull(organization, "organization == null");
      return this;
    }

    /** Sent as {@code OpenAI-Project}. */
    public Builder project(String project) {
      this.project = Objects.requireNonNull(project, "project == null");
      return this;
    }

    /** Retries after the first attempt; 0 disables retrying. Default {@value #DEFAULT_MAX_RETRIES}. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** Limit of one whole attempt, connecting and reading included (default 60 s). */
    public Builder timeout(Duration timeout) {
      return callTimeout(timeout);
    }

    /** Limit of establishing a connection (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout == null");
      return this;
    }

    /** Limit of silence while reading the response (default 60 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "timeout == null");
      return this;
    }

    /** Limit of one whole attempt (default 60 s); the same as {@link #timeout(Duration)}. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Objects.requireNonNull(timeout, "timeout == null");
      return this;
    }

    /**
     * An OkHttp client to share connection pool, dispatcher and interceptors with; its timeouts
     * (and ping interval) apply unless set here. WebSockets do not use its dispatcher: they run on
     * their own, without a limit, so any number of sessions can be open and none takes a slot from
     * the HTTP calls. Each request is tagged with its {@link SessionConfig} and {@link
     * SessionRequest} ({@code request.tag(SessionConfig.class)}).
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttp = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /**
     * How connections come back after a drop: {@link ReconnectPolicy#none()} (the default) or
     * e.g. {@link ReconnectPolicy#standard()}, which restores the session and its conversation.
     */
    public Builder reconnect(ReconnectPolicy policy) {
      this.reconnect = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * How often connections ping the server to notice a dead peer (within two intervals). Unless
     * set, the ping interval of the {@link #okHttpClient} if it has one, else {@link
     * RealtimeConnection#DEFAULT_PING_INTERVAL}; {@link Duration#ZERO} turns pings off.
     */
    public Builder pingInterval(Duration interval) {
      Objects.requireNonNull(interval, "interval == null");
      if (interval.isNegative()) {
        throw new IllegalArgumentException("interval < 0: " + interval);
      }
      this.pingInterval = interval;
      return this;
    }

    /**
     * How many events each connection keeps for {@link RealtimeConnection#awaitEvent}; {@value
     * RealtimeConnection#EVENT_BUFFER_CAPACITY} unless set. A server holding many sessions that
     * never awaits sets 0.
     */
    public Builder eventBufferCapacity(int capacity) {
      if (capacity < 0) {
        throw new IllegalArgumentException("capacity < 0: " + capacity);
      }
      this.eventBufferCapacity = capacity;
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    Builder random(DoubleSupplier random) {
      this.random = random;
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException if no API key was set
     */
    public RealtimeClient build() {
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalStateException(MISSING_KEY);
      }
      return new RealtimeClient(this);
    }
  }
}
