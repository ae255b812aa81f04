package dev.realtimeprofiles.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.runtime.CloseState.State;
import dev.realtimeprofiles.runtime.RealtimeConnectionException.Kind;
import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.ResponseCreated;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.SessionCreated;
import dev.realtimeprofiles.runtime.event.SessionUpdated;
import dev.realtimeprofiles.runtime.internal.http.Redactor;
import dev.realtimeprofiles.runtime.internal.ws.ClientEvents;
import dev.realtimeprofiles.runtime.internal.ws.ConversationLog;
import dev.realtimeprofiles.runtime.internal.ws.EventBuffer;
import dev.realtimeprofiles.runtime.internal.ws.EventTooLargeException;
import dev.realtimeprofiles.runtime.internal.ws.ServerEventParser;
import dev.realtimeprofiles.runtime.internal.ws.WsThreads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One Realtime WebSocket session: {@code {base}/realtime?model=...} over OkHttp, configured from a
 * {@link SessionConfig} and streaming typed {@link ServerEvent}s to a {@link RealtimeListener}.
 *
 * <p>Opening it sends a {@code session.update} from the config and waits, at most the session
 * timeout in all (handshake included), for the server's {@code session.updated}; if the server
 * rejects the update instead, opening throws {@link SessionUpdateRejectedException}: a connection
 * never goes on with the server's defaults unnoticed. Function calls of a completed response are
 * run by the {@link ToolDispatcher} off the reader thread, answered with {@code
 * function_call_output} items and one {@code response.create}.
 *
 * <p>Faults end the connection with one typed failure, which the listener's {@link
 * RealtimeListener#onFailure} and every waiting caller see: the network or a dead peer (pings
 * every {@link Builder#pingInterval}), close codes other than 1000 and 1001, a binary frame, an
 * event over {@link ServerEventParser#MAX_EVENT_CHARS} characters. With a {@link ReconnectPolicy}
 * a drop is followed by a new session instead, restored (see the policy). Every event the listener
 * sees has API keys and client secrets redacted, as exception messages do.
 *
 * <p>Thread-safe: every send method may be called from any thread; each client event gets an
 * {@code event_id} ({@code evt_1}, {@code evt_2}...), which the send methods return so you can
 * match an {@link ErrorEvent#clientEventId()}. Close it (try-with-resources): {@link #close()}
 * sends a normal closure (1000) and waits {@value #CLOSE_TIMEOUT_SECONDS} seconds at most. Neither
 * the API key nor a client secret ever appears in a message or {@link #toString()}. Sockets never
 * take slots of the OkHttp client's dispatcher: every WebSocket runs on its own unbounded
 * dispatcher, on virtual threads on JDK 21+.
 *
 * <pre>{@code
 * try (RealtimeConnection c = client.connect(config, listener)) {
 *   c.sendText("Where is my order A-1017?");
 *   c.awaitEvent(ResponseDone.class, Duration.ofSeconds(30));
 * }
 * }</pre>
 */
public final class RealtimeConnection implements AutoCloseable {

  /** How many not-yet-awaited events {@link #awaitEvent} keeps unless set; older ones are dropped. */
  public static final int EVENT_BUFFER_CAPACITY = 512;

  /** How often a connection pings when neither its builder nor its OkHttp client says. */
  public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(10);

  static final int CLOSE_TIMEOUT_SECONDS = 5;
  static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(CLOSE_TIMEOUT_SECONDS);
  static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(15);
  static final String CLOSE_REASON = "client closed";
  static final String RENEW_REASON = "session renewed";

  /** The OkHttp client sockets share when none is given: one connection pool, not one each. */
  private static final OkHttpClient DEFAULT_HTTP = new OkHttpClient();

  private final Api api;
  private final String url;
  private final Request request;
  private final OkHttpClient http;
  private final Redactor redactor;
  private final String secret;
  private final Duration sessionTimeout;
  private final ListenerFanout fanout;
  private final SessionUpdates updates;
  private final ToolRunner tools;
  private final EventBuffer events;
  private final ConversationLog log;
  private final Reconnector reconnector;
  private final Sockets sockets = new Sockets();
  private final AtomicLong eventIds = new AtomicLong();
  private final AtomicLong itemIds = new AtomicLong();
  private final AtomicInteger socketNumbers = new AtomicInteger();
  private final String itemPrefix;

  private final Object lock = new Object();
  private final CloseState state = new CloseState();
  // Guarded by lock (current is written under it, and read without it where a stale value is fine).
  private volatile SocketAttempt current;
  private final List<String> outbox = new ArrayList<>();
  private boolean responseOpen;
  private String inBandCreate;

  private volatile ErrorEvent lastError;

  private RealtimeConnection(Builder b, String url, Request request, OkHttpClient http) {
    this.api = b.config.api();
    this.url = url;
    this.request = request;
    this.http = http;
    this.redactor = new Redactor(b.secret);
    this.secret = b.secret == null || b.secret.isEmpty() ? null : b.secret;
    this.sessionTimeout = b.sessionTimeout;
    this.fanout = new ListenerFanout(b.listener, redactor);
    this.updates = new SessionUpdates(b.config, redactor);
    this.events = new EventBuffer(b.eventBufferCapacity);
    this.tools =
        b.tools == null
            ? null
            : new ToolRunner(b.tools, WsThreads.tools(), redactor, fanout, new Answers());
    ReconnectPolicy policy = b.reconnect;
    this.log = policy.logsConversation() ? new ConversationLog(api) : null;
    boolean restores = policy.maxAttempts() > 0 || policy.renewAfter().isPresent();
    this.reconnector = restores ? new Reconnector(policy, new Host(), b.random) : null;
    this.itemPrefix =
        log == null
            ? null
            : "item_rp" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 24, 36) + "_";
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
    return sendItem(ClientEvents.userTextItem(newItemId(), text));
  }

  /** Sends {@code response.create}: the model answers the conversation so far. */
  public String createResponse() {
    String id = nextEventId();
    send(ClientEvents.bare("response.create", id), null, true);
    return id;
  }

  /**
   * Sends {@code response.create} with {@code options}: instructions, input, modalities, tools or
   * metadata for this response only, or an out-of-band response that leaves the conversation alone.
   */
  public String createResponse(ResponseOptions options) {
    Objects.requireNonNull(options, "options == null");
    String id = nextEventId();
    send(ClientEvents.responseCreate(id, options, api), null, !options.isOutOfBand());
    return id;
  }

  /** Sends {@code response.cancel}: stops the response in progress. */
  public String cancelResponse() {
    return sendBare("response.cancel");
  }

  /**
   * Sends {@code input_audio_buffer.append} with {@code audio} (base64-encoded for you), in the
   * session's input format: PCM 16-bit little-endian mono 24 kHz unless configured otherwise.
   * Audio appended while a reconnect is under way is queued like every send.
   */
  public String appendInputAudio(byte[] audio) {
    Objects.requireNonNull(audio, "audio == null");
    String id = nextEventId();
    send(ClientEvents.appendAudio(id, audio), null, false);
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
   * Sends {@code output_audio_buffer.clear}: cuts off the audio being played (WebRTC and SIP only,
   * per the spec; send {@link #cancelResponse()} first).
   */
  public String clearOutputAudio() {
    return sendBare("output_audio_buffer.clear");
  }

  /**
   * Sends {@code conversation.item.create} of a {@code function_call_output}: the answer to the
   * call {@code callId}. Not needed with a {@link ToolDispatcher}, which answers by itself. Follow
   * it with {@link #createResponse()} so the model reads it.
   */
  public String sendFunctionCallOutput(String callId, String output) {
    Objects.requireNonNull(callId, "callId == null");
    Objects.requireNonNull(output, "output == null");
    return sendItem(ClientEvents.functionCallOutputItem(newItemId(), callId, output));
  }

  /**
   * Sends {@code conversation.item.truncate}: the assistant audio of {@code itemId} (content part
   * {@code contentIndex}, usually 0) ends at {@code audioEndMs}, what the user actually heard.
   */
  public String truncateItem(String itemId, int contentIndex, int audioEndMs) {
    Objects.requireNonNull(itemId, "itemId == null");
    if (contentIndex < 0 || audioEndMs < 0) {
      throw new IllegalArgumentException(
          "contentIndex and audioEndMs must be >= 0: " + contentIndex + ", " + audioEndMs);
    }
    String id = nextEventId();
    send(ClientEvents.truncateItem(id, itemId, contentIndex, audioEndMs), null, false);
    if (log != null) {
      log.truncate(itemId);
    }
    return id;
  }

  /** Sends {@code conversation.item.delete}: {@code itemId} leaves the conversation. */
  public String deleteItem(String itemId) {
    Objects.requireNonNull(itemId, "itemId == null");
    String id = nextEventId();
    send(ClientEvents.itemEvent("conversation.item.delete", id, itemId), null, false);
    if (log != null) {
      log.delete(itemId);
    }
    return id;
  }

  /**
   * Sends {@code conversation.item.retrieve}: the server answers with {@code
   * conversation.item.retrieved}, the item as it holds it (e.g. user audio after noise reduction).
   */
  public String retrieveItem(String itemId) {
    Objects.requireNonNull(itemId, "itemId == null");
    String id = nextEventId();
    send(ClientEvents.itemEvent("conversation.item.retrieve", id, itemId), null, false);
    return id;
  }

  /**
   * Sends {@code json}, a client event this class has no method for, as it is; the escape hatch.
   * An {@code event_id} is added when it has none (and returned), and so is an item {@code id} to
   * a {@code conversation.item.create} when the connection keeps its conversation for a reconnect.
   *
   * @throws IllegalArgumentException if {@code json} is not a JSON object with a {@code type}
   */
  public String sendEvent(String json) {
    Objects.requireNonNull(json, "json == null");
    ObjectNode event = ClientEvents.parseRawEvent(json);
    String type = event.get("type").asText();
    String id = event.path("event_id").isTextual() ? event.get("event_id").asText() : null;
    if (id == null) {
      id = nextEventId();
      event.put("event_id", id);
    }
    ObjectNode item = null;
    if (type.equals("conversation.item.create") && event.path("item").isObject() && log != null) {
      item = (ObjectNode) event.get("item");
      if (!item.path("id").isTextual()) {
        item.put("id", newItemId());
      }
    }
    boolean inBand =
        type.equals("response.create")
            && !"none".equals(event.path("response").path("conversation").asText());
    send(ClientEvents.write(event), item, inBand);
    return id;
  }

  /**
   * Sends a {@code session.update} built from {@code config} and waits (the session timeout at
   * most) for the server's answer; the config then is the one a reconnect applies.
   *
   * @return the {@code session.updated} event, with the effective configuration
   * @throws SessionUpdateRejectedException if the server answered with an {@code error}
   * @throws RealtimeConnectionException if no answer came in time ({@link Kind#TIMEOUT}; the
   *     connection stays open) or the connection ended
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
    SessionUpdates.Pending update = updates.register(nextEventId(), config);
    try {
      send(ClientEvents.sessionUpdate(update.eventId, config), null, false);
    } catch (RuntimeException e) {
      updates.remove(update);
      throw e;
    }
    return awaitUpdate(update);
  }

  // ---------------------------------------------------------------- waiting

  /**
   * Waits for the next event of {@code type} and removes it from the connection's buffer. The
   * buffer holds the latest {@value #EVENT_BUFFER_CAPACITY} events not yet awaited (and 1 MiB of
   * audio deltas; older ones are dropped, the listener saw them all); awaiting one type leaves
   * events of other types in place. Meant for tests and scripts; applications usually react in a
   * {@link RealtimeListener}. Keeps waiting through a reconnect.
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
          Kind.INTERRUPTED, "interrupted while waiting for " + type.getSimpleName(), e);
    }
    if (event != null) {
      return event;
    }
    if (events.isClosed()) {
      throw new RealtimeConnectionException(
          Kind.CLOSED,
          "the connection ended before a " + type.getSimpleName() + " event arrived",
          state.endCause());
    }
    throw new RealtimeConnectionException(
        Kind.TIMEOUT, "no " + type.getSimpleName() + " event within " + timeout, null);
  }

  /**
   * Whether the connection is open: not closed by either side and not failed. A connection whose
   * {@link ReconnectPolicy} is bringing it back on a new session counts as open (sends are queued).
   */
  public boolean isOpen() {
    return !state.ended() && !state.closing();
  }

  /** The API shape this connection speaks. */
  public Api api() {
    return api;
  }

  /**
   * Closes the connection with a normal closure (1000) and waits up to {@value
   * #CLOSE_TIMEOUT_SECONDS} seconds for the server to acknowledge, then drops it; a socket whose
   * handshake never completed (or a reconnect under way) is dropped at once. Never reconnects.
   * Stops the tool runner (a tool already running finishes; its output is not sent). Idempotent.
   */
  @Override
  public void close() {
    SocketAttempt socket;
    State was;
    synchronized (lock) {
      was = state.get();
      if (was == State.ENDED || was == State.CLOSING) {
        return;
      }
      state.set(State.CLOSING);
      if (reconnector != null) {
        reconnector.cancelLocked();
      }
      socket = current;
    }
    if (tools != null) {
      tools.shutdown();
    }
    if (was == State.CONNECTING) {
      end(new RealtimeConnectionException(Kind.CLOSED, "closed before the session was ready", null),
          0, null);
      socket.cancel();
      return;
    }
    if (socket == null || !socket.opened() || socket.ended()) {
      // Down (a reconnect under way): nothing to hand-shake with.
      if (socket != null) {
        socket.cancel();
      }
      end(null, 1000, CLOSE_REASON);
      return;
    }
    socket.close(1000, CLOSE_REASON);
    if (onReaderThread() || (tools != null && tools.isToolThread())) {
      // The reader cannot wait for its own callbacks: bound the close on the timer instead.
      WsThreads.timer()
          .schedule(() -> forceClosed(socket), CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return;
    }
    try {
      if (!state.awaitTerminated(CLOSE_TIMEOUT)) {
        forceClosed(socket);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      forceClosed(socket);
    }
  }

  @Override
  public String toString() {
    return "RealtimeConnection{url=" + url + ", api=" + api + ", " + state.describe() + "}";
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
    Request.Builder request =
        RealtimeClient.apiRequest(b.secret, b.organization, b.project)
            .url(wsUrl)
            .tag(SessionConfig.class, b.config);
    if (b.config.api() == Api.BETA) {
      request.header("OpenAI-Beta", "realtime=v1");
    }
    OkHttpClient http =
        b.webSocketClient != null ? b.webSocketClient : webSocketClient(b.okHttp, b.pingInterval);
    return new RealtimeConnection(b, wsUrl, request.build(), http).start(b.config);
  }

  /**
   * The OkHttp client of WebSockets made from {@code base}: its pool, interceptors and timeouts,
   * the unbounded WebSocket dispatcher instead of its own, and {@code ping} (else {@code base}'s
   * own ping interval if it has one, else {@link #DEFAULT_PING_INTERVAL}; zero turns pings off).
   */
  static OkHttpClient webSocketClient(OkHttpClient base, Duration ping) {
    OkHttpClient from = base != null ? base : DEFAULT_HTTP;
    Duration interval =
        ping != null
            ? ping
            : from.pingIntervalMillis() > 0
                ? Duration.ofMillis(from.pingIntervalMillis())
                : DEFAULT_PING_INTERVAL;
    return from.newBuilder().dispatcher(WsThreads.dispatcher()).pingInterval(interval).build();
  }

  private RealtimeConnection start(SessionConfig config) {
    SessionUpdates.Pending first = updates.register(nextEventId(), config);
    SocketAttempt socket;
    synchronized (lock) {
      socket = newSocket(ClientEvents.sessionUpdate(first.eventId, config));
      current = socket;
    }
    RealtimeException failure;
    try {
      first.result.get(sessionTimeout.toNanos(), TimeUnit.NANOSECONDS);
      synchronized (lock) {
        if (state.get() == State.CONNECTING) {
          state.set(State.OPEN);
        }
      }
      if (state.ended()) {
        throw state.endCause() != null
            ? state.endCause()
            : new RealtimeConnectionException(Kind.CLOSED, "the connection was closed", null);
      }
      if (reconnector != null) {
        reconnector.sessionStarted();
      }
      return this;
    } catch (ExecutionException e) {
      failure =
          e.getCause() instanceof RealtimeException
              ? (RealtimeException) e.getCause()
              : new RealtimeConnectionException(Kind.NETWORK, "session.update failed", e.getCause());
    } catch (TimeoutException e) {
      updates.remove(first);
      failure = socket.opened() ? updateTimeout(first.eventId) : handshakeTimeout();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure =
          new RealtimeConnectionException(
              Kind.INTERRUPTED, "interrupted while waiting for session.updated", e);
    }
    // The listener hears of it first, then the socket goes: gracefully if it is open (the caller
    // does not wait for that), at once if the handshake never completed.
    end(failure, 0, null);
    if (socket.opened() && !socket.ended() && !(failure.getCause() instanceof InterruptedException)) {
      closeSoon(socket, 1000, CLOSE_REASON);
    } else {
      socket.cancel();
    }
    throw failure;
  }

  private RealtimeConnectionException handshakeTimeout() {
    return new RealtimeConnectionException(
        Kind.TIMEOUT,
        "the WebSocket handshake with " + url + " did not complete within " + sessionTimeout,
        null);
  }

  private RealtimeConnectionException updateTimeout(String eventId) {
    ErrorEvent error = lastError;
    return new RealtimeConnectionException(
        Kind.TIMEOUT,
        "the server did not answer session.update " + eventId + " within " + sessionTimeout
            + (error == null ? "" : "; its last error: " + redactor.redact(error.message())),
        null);
  }

  private SessionUpdated awaitUpdate(SessionUpdates.Pending update) {
    try {
      return update.result.get(sessionTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RealtimeException) {
        throw (RealtimeException) e.getCause();
      }
      throw new RealtimeConnectionException(Kind.NETWORK, "session.update failed", e.getCause());
    } catch (TimeoutException e) {
      updates.remove(update);
      throw updateTimeout(update.eventId);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RealtimeConnectionException(
          Kind.INTERRUPTED, "interrupted while waiting for session.updated", e);
    }
  }

  /** A socket sending {@code firstJson} once open. Called with the lock held. */
  private SocketAttempt newSocket(String firstJson) {
    SocketAttempt socket = new SocketAttempt(socketNumbers.incrementAndGet(), sockets);
    socket.start(http, request, firstJson);
    return socket;
  }

  // ---------------------------------------------------------------- sending

  private String sendBare(String type) {
    String id = nextEventId();
    send(ClientEvents.bare(type, id), null, false);
    return id;
  }

  private String sendItem(ObjectNode item) {
    String id = nextEventId();
    send(ClientEvents.itemCreate(id, item), item, false);
    return id;
  }

  private String nextEventId() {
    return "evt_" + eventIds.incrementAndGet();
  }

  /** A client-chosen item id when the conversation is kept (so a replay can name it), else null. */
  private String newItemId() {
    return log == null ? null : itemPrefix + itemIds.incrementAndGet();
  }

  /**
   * Sends {@code json} on the live socket, or queues it while a reconnect or renewal is under way.
   * {@code item} (the item a {@code conversation.item.create} carries) goes into the log; {@code
   * inBandCreate} marks a {@code response.create} for the conversation, which a drop re-requests.
   */
  private void send(String json, ObjectNode item, boolean inBandCreate) {
    synchronized (lock) {
      State s = state.get();
      if (s == State.ENDED || s == State.CLOSING) {
        throw cannotSend();
      }
      boolean sent = !state.queuesSends() && current.send(json);
      if (!sent && !state.queuesSends() && (reconnector == null || !reconnector.reconnects())) {
        throw cannotSend(); // the socket is going down and nothing will bring it back
      }
      if (!sent) {
        outbox.add(json); // down, or going down: delivered once the new session is restored
      } else if (inBandCreate) {
        responseOpen = true;
        this.inBandCreate = json;
      }
      if (item != null && log != null) {
        log.recordSent(item, !sent);
      }
    }
  }

  private RealtimeConnectionException cannotSend() {
    return new RealtimeConnectionException(
        Kind.CLOSED,
        "cannot send: the connection is " + (state.ended() ? "closed" : "closing"),
        state.endCause());
  }

  /** Whether the caller is one of this connection's socket readers (a listener method). */
  private boolean onReaderThread() {
    SocketAttempt socket = current;
    return (socket != null && socket.isReaderThread())
        || (reconnector != null && reconnector.onRestoringReader());
  }

  private void checkNotReaderThread(String method) {
    if (onReaderThread()) {
      throw new IllegalStateException(
          method + " would wait for the thread it runs on; call it outside listener methods");
    }
  }

  // ---------------------------------------------------------------- receiving

  private void dispatch(SocketAttempt socket, ServerEvent event) {
    boolean restoring = reconnector != null && reconnector.isRestoring(socket);
    if (restoring) {
      if (event instanceof SessionUpdated) {
        reconnector.sessionUpdated(socket, (SessionUpdated) event);
      } else {
        reconnector.observe(socket, event);
      }
    } else {
      if (event instanceof SessionUpdated) {
        updates.accepted((SessionUpdated) event);
        synchronized (lock) {
          if (state.get() == State.CONNECTING && socket == current) {
            state.set(State.OPEN); // a drop from now on is a drop, not a failed connect
          }
        }
      } else if (event instanceof ErrorEvent) {
        lastError = (ErrorEvent) event;
        updates.rejected((ErrorEvent) event);
      }
      if (log != null) {
        log.observe(event);
      }
      if (event instanceof ResponseCreated || event instanceof ResponseDone) {
        synchronized (lock) {
          responseOpen = event instanceof ResponseCreated;
          if (!responseOpen) {
            inBandCreate = null;
          }
        }
      }
    }
    fanout.event(event);
    if (event instanceof ResponseDone && !restoring) {
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
    if (done.isCompleted() && !done.toolCalls().isEmpty()) {
      List<ToolCall> calls = done.toolCalls();
      for (ToolCall call : calls) {
        fanout.toolCall(call);
      }
      if (tools != null) {
        tools.submit(calls);
      }
    }
    if (reconnector != null) {
      reconnector.turnBoundary();
    }
  }

  /** A socket broke the protocol: it goes, with {@code failure}; never reconnected. */
  private void protocolFailure(
      SocketAttempt socket, RealtimeConnectionException failure, int code, String reason) {
    closeSoon(socket, code, reason);
    if (socket == current || (reconnector != null && reconnector.isRestoring(socket))) {
      end(failure, 0, null);
    }
  }

  private void socketEnded(
      SocketAttempt socket, int code, String reason, Throwable t, Response response) {
    RealtimeException failure =
        t != null
            ? Failures.transport(t, response, url, redactor)
            : Failures.clean(code) ? null : Failures.closedByServer(code, reason, redactor);
    if (reconnector != null && reconnector.isRestoring(socket)) {
      reconnector.attemptFailed(
          socket,
          failure != null
              ? failure
              : code == 1001
                  ? Failures.goingAway(reason, redactor)
                  : new RealtimeConnectionException(
                      Kind.CLOSED_BY_SERVER,
                      "the new session was closed (" + code + ") before it was restored",
                      null,
                      code));
      return;
    }
    State s;
    synchronized (lock) {
      if (socket != current || state.ended()) {
        return; // a socket replaced by a renewal, or an end already told
      }
      s = state.get();
    }
    if (s == State.CLOSING) {
      end(null, code == -1 ? 1000 : code, code == -1 ? CLOSE_REASON : reason);
    } else if (s == State.CONNECTING) {
      // No session yet: whatever happened, connect fails, and never as a clean close.
      end(failure != null
              ? failure
              : new RealtimeConnectionException(
                  Kind.CLOSED_BY_SERVER,
                  "the server closed the WebSocket (" + code + ") before it answered session.update",
                  null,
                  code),
          0, null);
    } else {
      RealtimeException cause =
          failure != null ? failure : code == 1001 ? Failures.goingAway(reason, redactor) : null;
      if (cause != null
          && reconnector != null
          && reconnector.reconnects()
          && Failures.transientFailure(cause)) {
        reconnector.dropped(cause);
      } else {
        end(failure, code, reason);
      }
    }
  }

  /**
   * Ends the connection once: tells the listener first, then releases every waiting call, so a
   * caller whose connect or await fails can rely on the listener having heard of it.
   */
  private void end(RealtimeException failure, int code, String reason) {
    synchronized (lock) {
      if (!state.end(failure)) {
        return;
      }
      outbox.clear();
      if (reconnector != null) {
        reconnector.cancelLocked();
      }
    }
    if (failure != null) {
      fanout.failure(failure);
    } else {
      fanout.closed(code, reason);
    }
    updates.failAll(
        failure != null
            ? failure
            : new RealtimeConnectionException(Kind.CLOSED, "the connection was closed", null));
    events.close();
    if (tools != null) {
      tools.shutdown();
    }
    state.terminated();
  }

  /**
   * Whether {@code text} may hold a secret: the key or client secret itself, or anything shaped
   * like one ({@code sk-}, {@code ek_}). Three intrinsic scans instead of the redaction regex on
   * every event; neither prefix can occur in base64 audio ('-' and '_' are not in its alphabet).
   */
  private boolean mayHoldSecret(String text) {
    return text.contains("sk-") || text.contains("ek_") || (secret != null && text.contains(secret));
  }

  private void forceClosed(SocketAttempt socket) {
    socket.cancel();
    end(null, 1000, CLOSE_REASON);
  }

  private static void closeSoon(SocketAttempt socket, int code, String reason) {
    socket.close(code, reason);
    WsThreads.timer().schedule(socket::cancel, CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** OkHttp's callbacks of every socket of this connection, on that socket's reader thread. */
  private final class Sockets implements SocketAttempt.Events {
    @Override
    public void opened(SocketAttempt socket) {}

    @Override
    public void text(SocketAttempt socket, String text) {
      // Redacted before parsing, so no event (ErrorEvent, UnknownEvent's raw text...) holds a secret.
      String safe =
          text.length() <= ServerEventParser.MAX_EVENT_CHARS && mayHoldSecret(text)
              ? redactor.redact(text)
              : text;
      ServerEvent event;
      try {
        event = ServerEventParser.parse(safe);
      } catch (EventTooLargeException e) {
        protocolFailure(
            socket,
            new RealtimeConnectionException(
                Kind.EVENT_TOO_LARGE,
                "the server sent an event of " + e.size() + " characters, over the limit of "
                    + e.limit() + "; the connection cannot go on without it",
                null),
            1009,
            "event too large");
        return;
      }
      dispatch(socket, event);
    }

    @Override
    public void binary(SocketAttempt socket, int bytes) {
      protocolFailure(
          socket,
          new RealtimeConnectionException(
              Kind.BINARY_FRAME,
              "the server sent a binary frame of " + bytes + " bytes; the Realtime API sends JSON"
                  + " text only",
              null),
          1003,
          "binary frames are not supported");
    }

    @Override
    public void ended(
        SocketAttempt socket, int code, String reason, Throwable failure, Response response) {
      socketEnded(socket, code, reason, failure, response);
    }
  }

  /** The tool runner's way out: ordinary sends, queued during a reconnect. */
  private final class Answers implements ToolRunner.Answers {
    @Override
    public void output(String callId, String output) {
      sendFunctionCallOutput(callId, output);
    }

    @Override
    public void respond() {
      createResponse();
    }

    @Override
    public boolean accepting() {
      return isOpen();
    }
  }

  /** What the reconnector may do to this connection. */
  private final class Host implements Reconnector.Host {
    @Override
    public Object lock() {
      return lock;
    }

    @Override
    public CloseState state() {
      return state;
    }

    @Override
    public SocketAttempt openAttempt(String firstJson) {
      return newSocket(firstJson);
    }

    @Override
    public SessionConfig acceptedConfig() {
      return updates.accepted();
    }

    @Override
    public String nextEventId() {
      return RealtimeConnection.this.nextEventId();
    }

    @Override
    public ConversationLog log() {
      return log;
    }

    @Override
    public int swapTo(SocketAttempt socket, boolean renewal) {
      SocketAttempt old = current;
      current = socket;
      state.set(State.OPEN);
      if (!renewal && responseOpen) {
        // The drop cut a response off: ask for it again, before what was sent meanwhile.
        String create = inBandCreate != null ? inBandCreate : ClientEvents.bare("response.create", nextEventId());
        socket.send(create);
      }
      int delivered = outbox.size();
      for (String json : outbox) {
        socket.send(json);
      }
      outbox.clear();
      if (log != null) {
        log.delivered();
      }
      if (renewal && old != null) {
        closeSoon(old, 1000, RENEW_REASON);
      }
      return delivered;
    }

    @Override
    public void resumeOnCurrent() {
      state.set(State.OPEN);
      List<String> queued = new ArrayList<>(outbox);
      outbox.clear();
      for (String json : queued) {
        if (!current.send(json)) {
          outbox.add(json); // it is going down too: a reconnect delivers these
        }
      }
      if (log != null && outbox.isEmpty()) {
        log.delivered();
      }
    }

    @Override
    public boolean atTurnBoundary() {
      return !responseOpen && (tools == null || tools.idle()) && outbox.isEmpty();
    }

    @Override
    public void endWithFailure(RealtimeException failure) {
      end(failure, 0, null);
    }

    @Override
    public ListenerFanout fanout() {
      return fanout;
    }

    @Override
    public Duration sessionTimeout() {
      return sessionTimeout;
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
    private OkHttpClient webSocketClient;
    private Duration sessionTimeout = DEFAULT_SESSION_TIMEOUT;
    private Duration pingInterval;
    private ReconnectPolicy reconnect = ReconnectPolicy.none();
    private int eventBufferCapacity = EVENT_BUFFER_CAPACITY;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

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

    /**
     * An OkHttp client to share (its connection pool, interceptors, timeouts and ping interval).
     * Its dispatcher is not used: WebSockets run on their own, without a limit.
     */
    public Builder okHttpClient(OkHttpClient okHttp) {
      this.okHttp = Objects.requireNonNull(okHttp, "okHttp == null");
      return this;
    }

    /**
     * How long opening waits in all, handshake and {@code session.updated} (and each {@link
     * #updateSession}, and each reconnect attempt); 15 s unless set.
     */
    public Builder sessionTimeout(Duration sessionTimeout) {
      this.sessionTimeout = positive(sessionTimeout, "sessionTimeout");
      return this;
    }

    /**
     * How often to ping the server; a peer that misses a pong is taken as gone (within two
     * intervals). Unless set, the OkHttp client's own ping interval if it has one, else {@link
     * #DEFAULT_PING_INTERVAL}; {@link Duration#ZERO} turns pings off.
     */
    public Builder pingInterval(Duration pingInterval) {
      Objects.requireNonNull(pingInterval, "pingInterval == null");
      if (pingInterval.isNegative()) {
        throw new IllegalArgumentException("pingInterval < 0: " + pingInterval);
      }
      this.pingInterval = pingInterval;
      return this;
    }

    /** Whether and how to come back after a drop; {@link ReconnectPolicy#none()} unless set. */
    public Builder reconnect(ReconnectPolicy policy) {
      this.reconnect = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * How many events {@link #awaitEvent} keeps, {@value #EVENT_BUFFER_CAPACITY} unless set. A
     * server holding many sessions that never awaits sets 0 and saves their memory.
     */
    public Builder eventBufferCapacity(int capacity) {
      if (capacity < 0) {
        throw new IllegalArgumentException("capacity < 0: " + capacity);
      }
      this.eventBufferCapacity = capacity;
      return this;
    }

    /**
     * Opens the WebSocket, sends the config's {@code session.update} and waits for {@code
     * session.updated}. A {@link ReconnectPolicy} applies from then on, not to this first open.
     *
     * @throws SessionUpdateRejectedException if the server rejects the session.update
     * @throws RealtimeApiException if the handshake is answered with an error status (typed by
     *     status, e.g. {@link AuthenticationException})
     * @throws RealtimeConnectionException if the connection fails or drops, or the handshake and
     *     the answer do not come within the session timeout ({@link Kind#TIMEOUT})
     */
    public RealtimeConnection connect() {
      return open(this);
    }

    static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
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

    /** A client {@link RealtimeConnection#webSocketClient} already made, shared by a RealtimeClient. */
    Builder webSocketClient(OkHttpClient client) {
      this.webSocketClient = client;
      return this;
    }

    Builder random(DoubleSupplier random) {
      this.random = random;
      return this;
    }

    @Override
    public String toString() {
      return "RealtimeConnection.Builder{baseUrl=" + baseUrl + ", secret=<redacted>"
          + (reconnect.maxAttempts() > 0 ? ", reconnect=" + reconnect : "") + "}";
    }
  }
}
