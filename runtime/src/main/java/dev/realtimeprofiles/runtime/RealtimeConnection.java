package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.SessionUpdated;
import dev.realtimeprofiles.runtime.event.TextDelta;
import dev.realtimeprofiles.runtime.internal.http.HttpResult;
import dev.realtimeprofiles.runtime.internal.http.Redactor;
import dev.realtimeprofiles.runtime.internal.ws.ClientEvents;
import dev.realtimeprofiles.runtime.internal.ws.EventBuffer;
import dev.realtimeprofiles.runtime.internal.ws.ServerEventParser;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * One Realtime WebSocket session: {@code {base}/realtime?model=...} over OkHttp, configured from a
 * {@link SessionConfig} and streaming typed {@link ServerEvent}s to a {@link RealtimeListener}.
 *
 * <p>Opening it sends a {@code session.update} from the config and waits (bounded) for the
 * server's {@code session.updated}; if the server rejects the update instead, opening throws
 * {@link SessionUpdateRejectedException}: a connection never goes on with the server's defaults
 * unnoticed. Function calls of a completed response are run by the {@link ToolDispatcher} off the
 * reader thread, answered with {@code function_call_output} items and one {@code response.create}.
 *
 * <p>Thread-safe: every send method may be called from any thread; each client event gets an
 * {@code event_id} ({@code evt_1}, {@code evt_2}...), which the send methods return so you can
 * match an {@link ErrorEvent#clientEventId()}. Close it (try-with-resources): {@link #close()}
 * sends a normal closure (1000) and waits a few seconds at most. Neither the API key nor a client
 * secret ever appears in a message or {@link #toString()}.
 *
 * <pre>{@code
 * try (RealtimeConnection c = client.connect(config, listener)) {
 *   c.sendText("Where is my order A-1017?");
 *   c.awaitEvent(ResponseDone.class, Duration.ofSeconds(30));
 * }
 * }</pre>
 */
public final class RealtimeConnection implements AutoCloseable {

  /** Close code the server used when it shut the beta WebSocket down. */
  static final int BETA_SHUTDOWN_CODE = 4000;

  /** How many not-yet-awaited events {@link #awaitEvent} keeps; older ones are dropped. */
  public static final int EVENT_BUFFER_CAPACITY = 512;

  static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(15);
  static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
  static final Duration PING_INTERVAL = Duration.ofSeconds(20);
  static final String CLOSE_REASON = "client closed";

  private static final System.Logger LOG = System.getLogger(RealtimeConnection.class.getName());
  private static final AtomicLong CONNECTIONS = new AtomicLong();

  private final Api api;
  private final String url;
  private final RealtimeListener listener;
  private final ToolDispatcher tools;
  private final ExecutorService toolExecutor;
  private final Redactor redactor;
  private final Duration sessionTimeout;
  private final EventBuffer events = new EventBuffer(EVENT_BUFFER_CAPACITY);
  private final AtomicLong eventIds = new AtomicLong();
  private final Deque<PendingUpdate> pendingUpdates = new ArrayDeque<>();
  private final AtomicBoolean closeRequested = new AtomicBoolean();
  private final AtomicBoolean ended = new AtomicBoolean();
  private final CountDownLatch terminated = new CountDownLatch(1);
  private final SocketListener socketListener = new SocketListener();

  private volatile WebSocket webSocket;
  private volatile Thread readerThread;
  private volatile Thread toolThread;
  private volatile int receivedCloseCode = -1;
  private volatile String receivedCloseReason;
  private volatile RealtimeException endCause;
  private volatile ErrorEvent lastError;
  /** The first session.update, sent as soon as the socket opens. */
  private volatile String firstUpdateJson;

  private RealtimeConnection(Builder b, String url) {
    this.api = b.config.api();
    this.url = url;
    this.listener = b.listener;
    this.tools = b.tools;
    this.redactor = new Redactor(b.secret);
    this.sessionTimeout = b.sessionTimeout;
    long number = CONNECTIONS.incrementAndGet();
    this.toolExecutor =
        tools == null
            ? null
            : Executors.newSingleThreadExecutor(
                r -> {
                  Thread t = new Thread(r, "realtime-tools-" + number);
                  t.setDaemon(true);
                  toolThread = t;
                  return t;
                });
  }

  /**
   * A builder for a connection authenticated with an ephemeral client secret ({@code ek_...}),
   * e.g. one minted by a server with {@link RealtimeClient#createClientSecret}. With an API key,
   * use {@link RealtimeClient#connect(SessionConfig, RealtimeListener)} instead.
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- client events

  /**
   * Adds {@code text} as a user message and asks for a response: {@link #createTextItem} then
   * {@link #createResponse}.
   *
   * @return the {@code event_id} of the {@code conversation.item.create}
   */
  public String sendText(String text) {
    String id = createTextItem(text);
    createResponse();
    return id;
  }

  /** Sends {@code conversation.item.create} of a user message with {@code text}; no response. */
  public String createTextItem(String text) {
    Objects.requireNonNull(text, "text == null");
    String id = nextEventId();
    send(ClientEvents.userText(id, text));
    return id;
  }

  /** Sends {@code response.create}: the model answers the conversation so far. */
  public String createResponse() {
    return sendBare("response.create");
  }

  /** Sends {@code response.cancel}: stops the response in progress. */
  public String cancelResponse() {
    return sendBare("response.cancel");
  }

  /**
   * Sends {@code input_audio_buffer.append} with {@code audio} (base64-encoded for you), in the
   * session's input format: PCM 16-bit little-endian mono 24 kHz unless configured otherwise.
   */
  public String appendInputAudio(byte[] audio) {
    Objects.requireNonNull(audio, "audio == null");
    String id = nextEventId();
    send(ClientEvents.appendAudio(id, audio));
    return id;
  }

  /** Sends {@code input_audio_buffer.commit}: the buffered audio becomes a user message. */
  public String commitInputAudio() {
    return sendBare("input_audio_buffer.commit");
  }

  /** Sends {@code input_audio_buffer.clear}: the buffered audio is dropped. */
  public String clearInputAudio() {
    return sendBare("input_audio_buffer.clear");
  }

  /**
   * Sends {@code conversation.item.create} of a {@code function_call_output}: the answer to the
   * call {@code callId}. Not needed with a {@link ToolDispatcher}, which answers by itself. Follow
   * it with {@link #createResponse()} so the model reads it.
   */
  public String sendFunctionCallOutput(String callId, String output) {
    Objects.requireNonNull(callId, "callId == null");
    Objects.requireNonNull(output, "output == null");
    String id = nextEventId();
    send(ClientEvents.functionCallOutput(id, callId, output));
    return id;
  }

  /**
   * Sends a {@code session.update} built from {@code config} and waits for the server's answer.
   *
   * @return the {@code session.updated} event, with the effective configuration
   * @throws SessionUpdateRejectedException if the server answered with an {@code error}
   * @throws RealtimeConnectionException if no answer came in time or the connection ended
   * @throws IllegalArgumentException if {@code config} targets the other API shape
   * @throws IllegalStateException if called on the connection's reader thread (a listener method)
   */
  public SessionUpdated updateSession(SessionConfig config) {
    Objects.requireNonNull(config, "config == null");
    if (config.api() != api) {
      throw new IllegalArgumentException(
          "this connection speaks the " + api + " API; the config targets " + config.api());
    }
    checkNotReaderThread("updateSession");
    PendingUpdate update = new PendingUpdate(nextEventId());
    String json = ClientEvents.sessionUpdate(update.eventId, config);
    synchronized (pendingUpdates) {
      pendingUpdates.addLast(update);
    }
    send(json);
    return awaitUpdate(update);
  }

  // ---------------------------------------------------------------- waiting

  /**
   * Waits for the next event of {@code type} and removes it from the connection's buffer. The
   * buffer holds the latest {@value #EVENT_BUFFER_CAPACITY} events not yet awaited (older ones are
   * dropped; the listener saw them all); awaiting one type leaves events of other types in place.
   * Meant for tests and scripts; applications usually react in a {@link RealtimeListener}.
   *
   * @throws RealtimeConnectionException if none arrives within {@code timeout}, or the connection
   *     ends first (the exception's cause says why)
   * @throws IllegalStateException if called on the connection's reader thread (a listener method)
   */
  public <E extends ServerEvent> E awaitEvent(Class<E> type, Duration timeout) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(timeout, "timeout == null");
    checkNotReaderThread("awaitEvent");
    E event;
    try {
      event = events.await(type, timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RealtimeConnectionException(
          "interrupted while waiting for " + type.getSimpleName(), e);
    }
    if (event != null) {
      return event;
    }
    if (events.isClosed()) {
      throw new RealtimeConnectionException(
          "the connection ended before a " + type.getSimpleName() + " event arrived", endCause);
    }
    throw new RealtimeConnectionException(
        "no " + type.getSimpleName() + " event within " + timeout, null);
  }

  /** Whether the connection is open: not closed by either side and not failed. */
  public boolean isOpen() {
    return !ended.get() && !closeRequested.get();
  }

  /** The API shape this connection speaks. */
  public Api api() {
    return api;
  }

  /**
   * Closes the connection with a normal closure (1000) and waits up to a few seconds for the
   * server to acknowledge, then drops it. Stops the tool thread (a tool already running finishes;
   * its output is not sent). Idempotent.
   */
  @Override
  public void close() {
    if (!closeRequested.compareAndSet(false, true)) {
      return;
    }
    WebSocket socket = webSocket;
    if (socket != null && !ended.get()) {
      socket.close(1000, CLOSE_REASON);
      Thread current = Thread.currentThread();
      if (current != readerThread && current != toolThread) {
        try {
          if (!terminated.await(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            socket.cancel();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          socket.cancel();
        }
      }
    }
    if (toolExecutor != null) {
      toolExecutor.shutdown();
    }
  }

  @Override
  public String toString() {
    String state = ended.get() ? "ended" : closeRequested.get() ? "closing" : "open";
    return "RealtimeConnection{url=" + url + ", api=" + api + ", " + state + "}";
  }

  // ---------------------------------------------------------------- opening

  private static RealtimeConnection open(Builder b) {
    Objects.requireNonNull(b.config, "config == null");
    Objects.requireNonNull(b.listener, "listener == null");
    if (b.secret == null || b.secret.isBlank()) {
      throw new IllegalStateException("no API key or client secret to authenticate with");
    }
    String model =
        b.config
            .model()
            .orElse(
                b.config.api() == Api.GA
                    ? Model.GPT_REALTIME.wireValue()
                    : Model.GPT_4O_REALTIME_PREVIEW.wireValue());
    HttpUrl httpUrl =
        b.baseUrl.newBuilder().addPathSegment("realtime").addQueryParameter("model", model).build();
    String wsUrl = "ws" + httpUrl.toString().substring("http".length());
    RealtimeConnection connection = new RealtimeConnection(b, wsUrl);

    Request.Builder request =
        RealtimeClient.apiRequest(b.secret, b.organization, b.project)
            .url(wsUrl)
            .tag(SessionConfig.class, b.config);
    if (b.config.api() == Api.BETA) {
      request.header("OpenAI-Beta", "realtime=v1");
    }
    OkHttpClient http =
        (b.okHttp != null ? b.okHttp : new OkHttpClient()).newBuilder()
            .pingInterval(PING_INTERVAL)
            .build();

    PendingUpdate first = new PendingUpdate(connection.nextEventId());
    connection.firstUpdateJson = ClientEvents.sessionUpdate(first.eventId, b.config);
    synchronized (connection.pendingUpdates) {
      connection.pendingUpdates.addLast(first);
    }
    connection.webSocket = http.newWebSocket(request.build(), connection.socketListener);
    try {
      connection.awaitUpdate(first);
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  private SessionUpdated awaitUpdate(PendingUpdate update) {
    try {
      return update.result.get(sessionTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RealtimeException) {
        throw (RealtimeException) e.getCause();
      }
      throw new RealtimeConnectionException("session.update failed", e.getCause());
    } catch (TimeoutException e) {
      synchronized (pendingUpdates) {
        pendingUpdates.remove(update);
      }
      ErrorEvent error = lastError;
      throw new RealtimeConnectionException(
          "the server did not answer session.update " + update.eventId + " within "
              + sessionTimeout
              + (error == null ? "" : "; its last error: " + redactor.redact(error.message())),
          null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RealtimeConnectionException("interrupted while waiting for session.updated", e);
    }
  }

  // ---------------------------------------------------------------- sending

  private String sendBare(String type) {
    String id = nextEventId();
    send(ClientEvents.bare(type, id));
    return id;
  }

  private String nextEventId() {
    return "evt_" + eventIds.incrementAndGet();
  }

  private void send(String json) {
    WebSocket socket = webSocket;
    if (socket == null || !socket.send(json)) {
      throw new RealtimeConnectionException(
          "cannot send: the connection is " + (ended.get() ? "closed" : "closing"), endCause);
    }
  }

  private void checkNotReaderThread(String method) {
    if (Thread.currentThread() == readerThread) {
      throw new IllegalStateException(
          method + " would wait for the thread it runs on; call it outside listener methods");
    }
  }

  // ---------------------------------------------------------------- receiving

  private void onServerEvent(ServerEvent event) {
    if (event instanceof SessionUpdated) {
      completeOldestUpdate((SessionUpdated) event);
    } else if (event instanceof ErrorEvent) {
      lastError = (ErrorEvent) event;
      failUpdate((ErrorEvent) event);
    }
    notifyListener("onEvent", l -> l.onEvent(event));
    if (event instanceof TextDelta) {
      notifyListener("onTextDelta", l -> l.onTextDelta(((TextDelta) event).delta()));
    } else if (event instanceof ErrorEvent) {
      notifyListener("onError", l -> l.onError((ErrorEvent) event));
    } else if (event instanceof ResponseDone) {
      onResponseDone((ResponseDone) event);
    }
    // Last, so whoever awaits it knows the listener has seen it.
    events.add(event);
  }

  /**
   * Dispatches the function calls of a completed response, all of them, then asks for one new
   * response. response.done is the one source of calls (function_call_arguments.done also comes
   * for cancelled responses, and a response.create sent before response.done would be rejected
   * while the response is still active).
   */
  private void onResponseDone(ResponseDone done) {
    if (!done.isCompleted() || done.toolCalls().isEmpty()) {
      return;
    }
    List<ToolCall> calls = done.toolCalls();
    for (ToolCall call : calls) {
      notifyListener("onToolCall", l -> l.onToolCall(call));
    }
    if (toolExecutor == null) {
      return;
    }
    try {
      toolExecutor.execute(() -> runTools(calls));
    } catch (RejectedExecutionException e) {
      LOG.log(System.Logger.Level.DEBUG, "tool calls after close were not run: {0}", calls);
    }
  }

  private void runTools(List<ToolCall> calls) {
    for (ToolCall call : calls) {
      String output;
      try {
        output = tools.dispatch(call);
        if (output == null) {
          output = ToolResults.ofVoid();
        }
      } catch (ToolCallException e) {
        output = ClientEvents.errorOutput(redactor.redact(e.getMessage()));
        reportToolError(call, e);
      } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
        // The message of an arbitrary exception may hold anything; the model gets its type only.
        // Errors a tool can cause (a missing class, an assert, deep recursion) are answered too:
        // otherwise the model would wait forever for this call's output.
        output =
            ClientEvents.errorOutput(
                "tool " + call.name() + " failed with " + e.getClass().getSimpleName());
        reportToolError(call, e);
      }
      if (!isOpen()) {
        return;
      }
      try {
        sendFunctionCallOutput(call.callId(), output);
      } catch (RealtimeConnectionException e) {
        return; // closed meanwhile; the listener hears about it from the socket
      }
    }
    try {
      createResponse();
    } catch (RealtimeConnectionException e) {
      // closed meanwhile
    }
  }

  private void reportToolError(ToolCall call, Throwable error) {
    notifyListener("onToolError", l -> l.onToolError(call, error));
  }

  private void completeOldestUpdate(SessionUpdated updated) {
    PendingUpdate update;
    synchronized (pendingUpdates) {
      update = pendingUpdates.pollFirst();
    }
    if (update != null) {
      update.result.complete(updated);
    }
  }

  private void failUpdate(ErrorEvent error) {
    if (error.clientEventId() == null) {
      return;
    }
    PendingUpdate update = null;
    synchronized (pendingUpdates) {
      for (Iterator<PendingUpdate> it = pendingUpdates.iterator(); it.hasNext(); ) {
        PendingUpdate candidate = it.next();
        if (candidate.eventId.equals(error.clientEventId())) {
          it.remove();
          update = candidate;
          break;
        }
      }
    }
    if (update != null) {
      String message =
          "the server rejected session.update "
              + update.eventId
              + ": "
              + redactor.redact(error.message())
              + (error.param() != null ? " (param: " + error.param() + ")" : "");
      update.result.completeExceptionally(new SessionUpdateRejectedException(message, error));
    }
  }

  /**
   * Ends the connection once: tells the listener first, then releases every waiting call, so a
   * caller whose connect or await fails can rely on the listener having heard of it.
   */
  private void end(RealtimeException failure, Consumer<RealtimeListener> lastWord) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    endCause = failure;
    notifyListener(failure != null ? "onFailure" : "onClosed", lastWord);
    RealtimeException waiterFailure =
        failure != null
            ? failure
            : new RealtimeConnectionException("the connection was closed", null);
    synchronized (pendingUpdates) {
      for (PendingUpdate update : pendingUpdates) {
        update.result.completeExceptionally(waiterFailure);
      }
      pendingUpdates.clear();
    }
    events.close();
    if (toolExecutor != null) {
      toolExecutor.shutdown();
    }
    terminated.countDown();
  }

  private void notifyListener(String method, Consumer<RealtimeListener> call) {
    try {
      call.accept(listener);
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      // The errors a listener can cause too (a test's failed assertion): let through, they would
      // end OkHttp's reader thread unnoticed, and connect and every await would time out.
      LOG.log(
          System.Logger.Level.WARNING,
          "RealtimeListener." + method + " threw " + e.getClass().getName() + ": "
              + redactor.redact(e.getMessage()));
    }
  }

  private RealtimeException closedByServer(int code, String reason) {
    if (code == BETA_SHUTDOWN_CODE) {
      return new RealtimeConnectionException(
          "the beta Realtime WebSocket was shut down (close code 4000"
              + (reason == null || reason.isEmpty() ? "" : ": " + redactor.redact(reason))
              + "); use api = Api.GA",
          null);
    }
    return null;
  }

  private RealtimeException transportFailure(Throwable t, Response response) {
    if (response != null && response.code() != 101) {
      // The handshake was answered with an error status: typed like the HTTP calls' errors.
      String body = "";
      try {
        body = response.peekBody(4096).string();
      } catch (IOException | IllegalStateException e) {
        // no body to quote
      }
      MediaType contentType = response.body().contentType();
      return Responses.error(
          new HttpResult(
              response.code(),
              response.headers(),
              contentType == null ? null : contentType.toString(),
              body),
          "WebSocket handshake with " + url,
          redactor);
    }
    // The cause keeps the stack, not OkHttp's message, which is quoted redacted instead.
    IOException cause = new IOException(t.getClass().getName());
    cause.setStackTrace(t.getStackTrace());
    return new RealtimeConnectionException(
        "the connection to " + url + " failed: " + redactor.redact(String.valueOf(t.getMessage())),
        cause);
  }

  /** OkHttp's callbacks, all on OkHttp's reader thread. */
  private final class SocketListener extends WebSocketListener {
    @Override
    public void onOpen(WebSocket socket, Response response) {
      readerThread = Thread.currentThread();
      String json = firstUpdateJson;
      if (json != null && !socket.send(json)) {
        socket.cancel();
        RealtimeException failure =
            new RealtimeConnectionException("the first session.update could not be sent", null);
        end(failure, l -> l.onFailure(failure));
      }
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
      readerThread = Thread.currentThread();
      onServerEvent(ServerEventParser.parse(text));
    }

    @Override
    public void onClosing(WebSocket socket, int code, String reason) {
      readerThread = Thread.currentThread();
      receivedCloseCode = code;
      receivedCloseReason = reason;
      // Answer the server's close; 1000 because codes such as 1005 may not be sent.
      socket.close(1000, null);
    }

    @Override
    public void onClosed(WebSocket socket, int code, String reason) {
      closed(code, reason);
    }

    @Override
    public void onFailure(WebSocket socket, Throwable t, Response response) {
      int code = receivedCloseCode;
      if (code != -1) {
        closed(code, receivedCloseReason); // the server closed, then dropped the socket early
      } else if (closeRequested.get()) {
        closed(1000, CLOSE_REASON); // we closed and stopped waiting for the server
      } else {
        RealtimeException failure = transportFailure(t, response);
        end(failure, l -> l.onFailure(failure));
      }
    }

    private void closed(int code, String reason) {
      RealtimeException failure = closedByServer(code, reason);
      if (failure != null) {
        end(failure, l -> l.onFailure(failure));
      } else {
        String safeReason = redactor.redact(reason);
        end(null, l -> l.onClosed(code, safeReason));
      }
    }
  }

  private static final class PendingUpdate {
    final String eventId;
    final CompletableFuture<SessionUpdated> result = new CompletableFuture<>();

    PendingUpdate(String eventId) {
      this.eventId = eventId;
    }
  }

  /**
   * Configures and opens a {@link RealtimeConnection} with an ephemeral client secret. {@link
   * #config} and {@link #listener} are required, and a secret; the rest is optional.
   */
  public static final class Builder {
    private SessionConfig config;
    private RealtimeListener listener;
    private ToolDispatcher tools;
    private String secret;
    private String organization;
    private String project;
    private HttpUrl baseUrl = HttpUrl.get(RealtimeClient.DEFAULT_BASE_URL);
    private OkHttpClient okHttp;
    private Duration sessionTimeout = DEFAULT_SESSION_TIMEOUT;

    Builder() {}

    /** The profile: its {@link SessionConfig#api()} picks the shape, its model the URL. */
    public Builder config(SessionConfig config) {
      this.config = Objects.requireNonNull(config, "config == null");
      return this;
    }

    /** Where events go. */
    public Builder listener(RealtimeListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /** Runs the model's function calls; usually the generated {@code FooToolDispatcher}. */
    public Builder tools(ToolDispatcher tools) {
      this.tools = Objects.requireNonNull(tools, "tools == null");
      return this;
    }

    /** An ephemeral client secret ({@code ek_...}), sent as the bearer token. */
    public Builder clientSecret(String clientSecret) {
      this.secret = Objects.requireNonNull(clientSecret, "clientSecret == null");
      return this;
    }

    /** The client secret of {@code session}, as minted by {@link RealtimeClient#createClientSecret}. */
    public Builder clientSecret(EphemeralSession session) {
      Objects.requireNonNull(session, "session == null");
      return clientSecret(session.clientSecret().value());
    }

    /** The base URL of the API, {@value RealtimeClient#DEFAULT_BASE_URL} unless set. */
    public Builder baseUrl(String baseUrl) {
      return baseUrl(RealtimeClient.parseBaseUrl(baseUrl));
    }

    /** An OkHttp client to share (its dispatcher, connection pool, interceptors). */
    public Builder okHttpClient(OkHttpClient okHttp) {
      this.okHttp = Objects.requireNonNull(okHttp, "okHttp == null");
      return this;
    }

    /** How long opening (and {@link #updateSession}) waits for {@code session.updated}; 15 s unless set. */
    public Builder sessionTimeout(Duration sessionTimeout) {
      Objects.requireNonNull(sessionTimeout, "sessionTimeout == null");
      if (sessionTimeout.isNegative() || sessionTimeout.isZero()) {
        throw new IllegalArgumentException("sessionTimeout must be positive: " + sessionTimeout);
      }
      this.sessionTimeout = sessionTimeout;
      return this;
    }

    /**
     * Opens the WebSocket, sends the config's {@code session.update} and waits for {@code
     * session.updated}.
     *
     * @throws SessionUpdateRejectedException if the server rejects the session.update
     * @throws RealtimeApiException if the handshake is answered with an error status (typed by
     *     status, e.g. {@link AuthenticationException})
     * @throws RealtimeConnectionException if the connection fails or drops, or no answer comes
     *     within the session timeout
     */
    public RealtimeConnection connect() {
      return open(this);
    }

    /** A base URL {@link RealtimeClient#parseBaseUrl} made. */
    Builder baseUrl(HttpUrl baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    Builder apiKey(String apiKey) {
      this.secret = apiKey;
      return this;
    }

    Builder organization(String organization) {
      this.organization = organization;
      return this;
    }

    Builder project(String project) {
      this.project = project;
      return this;
    }

    @Override
    public String toString() {
      return "RealtimeConnection.Builder{baseUrl=" + baseUrl + ", secret=<redacted>}";
    }
  }
}
