package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The server side of one Realtime WebSocket connection: its session, its conversation and its
 * input audio buffer with turn detection.
 *
 * <p>Client events are handled one at a time, in order, on this connection's event thread; so are
 * the time-driven events (the session cap, the idle timeout), which {@link #tick} hands to it. A
 * response is sent from a second thread, as the real server streams a response while it keeps
 * reading client events (so {@code response.cancel} or the user's speech can stop it, and a second
 * {@code response.create} is refused while one runs). The two threads share the conversation; a
 * response works on a snapshot of the session taken when it starts.
 */
final class RealtimeSocket extends WebSocketListener {
  private static final Set<String> SESSION_UPDATE_KEYS = Set.of("type", "event_id", "session");
  /** What the scripted model says when the user has been silent for {@code idle_timeout_ms}. */
  static final String IDLE_PROMPT = "Are you still there?";

  private final EmulatorState state;
  private final Dialect dialect;
  private final int connection;
  private final ObjectNode session;
  private final Conversation conversation;
  private final Map<String, String> heard = new ConcurrentHashMap<>();
  private final Set<String> idleItems = ConcurrentHashMap.newKeySet();
  private final InputAudioBuffer input = new InputAudioBuffer();
  private final ExecutorService executor;
  private final ExecutorService responder;
  private final Object sendLock = new Object();
  private final Object responseLock = new Object();
  private final Socket raw;
  private final long capDeadline;
  private final AtomicBoolean expiring = new AtomicBoolean();
  private final AtomicLong idleDeadline = new AtomicLong();
  private ResponseRun active; // guarded by responseLock
  private int responses; // guarded by responseLock
  private String speechItemId; // the item turn detection will commit; event thread only
  private long idleAudioStartMs; // event thread only
  private volatile boolean assistantAudioSent;
  private volatile WebSocket webSocket;

  /**
   * @param raw the TCP socket under this WebSocket (below TLS, if any), so that {@link #drop} can
   *     cut it; null when it is not known
   */
  RealtimeSocket(EmulatorState state, Dialect dialect, int connection, ObjectNode session, Socket raw) {
    this.state = state;
    this.dialect = dialect;
    this.connection = connection;
    this.session = session;
    this.raw = raw;
    this.conversation = new Conversation(state.ids.next("conv"));
    this.capDeadline = state.clock.millis() + state.maxSessionDuration.toMillis();
    this.executor = singleThread("realtime-emulator-" + connection + "-events");
    this.responder = singleThread("realtime-emulator-" + connection + "-responses");
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    this.webSocket = webSocket;
    state.openSockets.add(this);
    submit(executor, () -> {
      ObjectNode created = event("session.created");
      created.set("session", session.deepCopy());
      send(created);
      if (dialect == Dialect.GA && !transcriptionSession()) {
        // "Emitted right after session creation."
        ObjectNode conversationCreated = event("conversation.created");
        conversationCreated.putObject("conversation")
            .put("id", conversation.id()).put("object", "realtime.conversation");
        send(conversationCreated);
      }
    });
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    // Parsed once, here: the recorder needs the type now, in wire order; handle() needs the tree.
    JsonNode event;
    String invalidJson;
    try {
      event = Json.parse(text);
      invalidJson = null;
    } catch (JsonProcessingException e) {
      event = null;
      invalidJson = e.getOriginalMessage();
    }
    JsonNode type = event == null ? null : event.get("type");
    state.recorder.received(
        new RecordedEvent(connection, type != null && type.isTextual() ? type.asText() : "", text));
    JsonNode parsed = event;
    String problem = invalidJson;
    submit(executor, () -> handle(parsed, problem));
  }

  @Override
  public void onMessage(WebSocket webSocket, okio.ByteString bytes) {
    state.recorder.received(new RecordedEvent(connection, "", bytes.utf8()));
    submit(executor, () -> sendError(ApiError.invalidRequest(
        "The Realtime API takes text frames of JSON; got a binary frame.", null, "invalid_json"), null));
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
    shutdown();
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    shutdown();
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    shutdown();
  }

  /** Closes the connection from the server's side, as when the emulator stops. */
  void close() {
    WebSocket socket = webSocket;
    if (socket != null) {
      socket.close(1001, "emulator closed"); // the server's close() then ends the socket itself
    }
    shutdown();
  }

  /** Cuts the TCP connection with a reset: no close frame, no error event. */
  void drop() {
    shutdown();
    if (raw == null) { // not expected: every accepted socket is known; the closest is an error close
      WebSocket socket = webSocket;
      if (socket != null) {
        socket.close(1011, "dropped");
      }
      return;
    }
    try {
      raw.setSoLinger(true, 0); // close() then sends RST instead of FIN
      raw.close();
    } catch (IOException e) {
      // already gone
    }
  }

  /** Sends {@code error} unsolicited, on the event thread, after what is already queued. */
  void sendScriptedError(ScriptedError error) {
    submit(executor, () -> sendError(error.toApiError(), null));
  }

  /** Called every few milliseconds with the emulator's clock: the session cap and the idle timeout. */
  void tick(long nowMillis) {
    if (nowMillis >= capDeadline && expiring.compareAndSet(false, true)) {
      submit(executor, this::expire);
    }
    long idle = idleDeadline.get();
    if (idle > 0 && nowMillis >= idle && idleDeadline.compareAndSet(idle, 0)) {
      submit(executor, this::idleTimeout);
    }
  }

  private void shutdown() {
    state.openSockets.remove(this);
    cancelActive("client_cancelled");
    executor.shutdownNow();
    responder.shutdownNow();
  }

  /**
   * The session reached its cap. What the API does there (reported by its users, e.g.
   * pollen-robotics/reachy_mini_conversation_app#134, livekit/agents#2358,
   * fuwei007/OpenAIIOSRealtimeAPIDemo#4): an {@code error} event {@code invalid_request_error} /
   * {@code session_expired} "Your session hit the maximum duration of 60 minutes." with null {@code
   * param} and {@code event_id}, then a close frame 1001 (going away) with that message as reason.
   */
  private void expire() {
    String message = "Your session hit the maximum duration of " + describe(state.maxSessionDuration) + ".";
    cancelActive("client_cancelled");
    sendError(ApiError.invalidRequest(message, null, "session_expired"), null);
    WebSocket socket = webSocket;
    if (socket != null) {
      socket.close(1001, message);
    }
    shutdown();
  }

  static String describe(Duration duration) {
    if (duration.toSeconds() % 60 == 0 && duration.toNanosPart() == 0) {
      long minutes = duration.toMinutes();
      return minutes + (minutes == 1 ? " minute" : " minutes");
    }
    if (duration.toNanosPart() % 1_000_000 == 0 && duration.toMillisPart() == 0) {
      return duration.toSeconds() + " seconds";
    }
    return duration.toMillis() + " milliseconds";
  }

  // ---- client events

  /** One client event: {@code event} as parsed, or null and why the text is not JSON. */
  private void handle(JsonNode event, String invalidJson) {
    if (event == null) {
      sendError(ApiError.invalidRequest(
          "Invalid JSON in the client event: " + invalidJson, null, "invalid_json"), null);
      return;
    }
    if (!event.isObject()) {
      sendError(ApiError.invalidRequest(
          "A client event must be a JSON object, got " + Json.typeName(event) + ".", null, "invalid_json"), null);
      return;
    }
    String eventId = event.path("event_id").isTextual() ? event.get("event_id").asText() : null;
    JsonNode type = event.get("type");
    if (type == null) {
      sendError(ApiError.missing("type"), eventId);
      return;
    }
    String schema = type.isTextual() ? dialect.clientEventSchema(type.asText()) : null;
    if (schema == null) {
      sendError(ApiError.invalidRequest(
          "Invalid value: '" + type.asText() + "'. It is not a client event of the "
              + (dialect == Dialect.GA ? "GA" : "beta") + " Realtime API.", "type", "invalid_value"), eventId);
      return;
    }
    ScriptedError scripted = state.script.takeFailure(type.asText());
    if (scripted != null) {
      sendError(scripted.toApiError(), eventId);
      return;
    }
    if (type.asText().equals("session.update")) {
      sessionUpdate(event, eventId);
      return;
    }
    ApiError error = SchemaCheck.check(schema, event);
    if (error != null) {
      sendError(error, eventId);
      return;
    }
    switch (type.asText()) {
      case "input_audio_buffer.append" -> appendAudio(event, eventId);
      case "input_audio_buffer.commit" -> commitAudio(eventId);
      case "input_audio_buffer.clear" -> {
        input.empty();
        speechItemId = null;
        send(event("input_audio_buffer.cleared"));
      }
      case "conversation.item.create" -> createItem(event, eventId);
      case "conversation.item.retrieve" -> retrieveItem(event, eventId);
      case "conversation.item.delete" -> deleteItem(event, eventId);
      case "conversation.item.truncate" -> truncateItem(event, eventId);
      case "response.create" -> {
        if (transcriptionSession()) {
          sendError(ApiError.invalidRequest("A transcription session creates no responses; "
              + "response.create is not supported.", "type", "invalid_value"), eventId);
        } else {
          startResponse(event.path("response"), eventId, false);
        }
      }
      case "response.cancel" -> cancelResponse(eventId);
      default -> sendError(ApiError.invalidRequest(
          "'" + type.asText() + "' is a valid client event that the Realtime emulator does not implement.",
          "type", "unsupported_by_emulator"), eventId);
    }
  }

  private void sessionUpdate(JsonNode event, String eventId) {
    ApiError error = Check.onlyKeys(event, "", SESSION_UPDATE_KEYS);
    JsonNode update = event.get("session");
    if (error == null && update == null) {
      error = ApiError.missing("session");
    }
    boolean transcription = transcriptionSession();
    if (error == null) {
      if (dialect == Dialect.BETA) {
        error = SessionRules.beta(update, session.get("tools"), Set.of());
      } else {
        error = transcription ? SessionRules.gaTranscription(update) : SessionRules.ga(update, session.get("tools"));
      }
      if (error == null) {
        error = SchemaCheck.check(dialect == Dialect.BETA ? RealtimeSchemas.BETA_SESSION
            : transcription ? RestApi.GA_TRANSCRIPTION_SESSION : RealtimeSchemas.GA_SESSION, update);
      }
      if (error != null && error.param() != null) {
        error = error.under("session");
      }
    }
    if (error == null && assistantAudioSent && changesVoice(update)) {
      // The spec: "Voice cannot be changed during the session once the model has responded with
      // audio at least once." The API answers with this message and code, without a param.
      error = ApiError.invalidRequest(
          "Cannot update a conversation's voice if assistant audio is present.", null, "cannot_update_voice");
    }
    if (error != null) {
      sendError(error, eventId);
      return;
    }
    if (dialect == Dialect.GA) {
      EffectiveSessions.gaApply(session, update);
    } else {
      EffectiveSessions.betaApply(session, update);
    }
    ObjectNode updated = event("session.updated");
    updated.set("session", session.deepCopy());
    send(updated);
  }

  private boolean changesVoice(JsonNode update) {
    JsonNode voice = dialect == Dialect.GA ? update.path("audio").path("output").get("voice") : update.get("voice");
    JsonNode current = dialect == Dialect.GA ? session.path("audio").path("output").get("voice") : session.get("voice");
    return voice != null && !voice.equals(current);
  }

  // ---- input audio and turn detection

  private void appendAudio(JsonNode event, String eventId) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(event.get("audio").asText());
    } catch (IllegalArgumentException e) {
      sendError(ApiError.invalidValue("audio", "expected base64-encoded audio bytes."), eventId);
      return;
    }
    List<VoiceActivityDetector.Event> found =
        input.append(bytes, InputCodec.ofSession(session, dialect), VoiceActivityDetector.Settings.of(turnDetection()));
    for (VoiceActivityDetector.Event turn : found) {
      if (turn instanceof VoiceActivityDetector.Event.Started started) {
        speechStarted(started.audioStartMs());
      } else if (turn instanceof VoiceActivityDetector.Event.Stopped stopped) {
        speechStopped(stopped.audioEndMs());
      }
    }
  }

  private void speechStarted(long audioStartMs) {
    idleDeadline.set(0);
    speechItemId = state.ids.next("item");
    ObjectNode started = event("input_audio_buffer.speech_started");
    started.put("audio_start_ms", audioStartMs);
    started.put("item_id", speechItemId);
    send(started);
    if (turnDetection().path("interrupt_response").asBoolean(true)) {
      // The API cancels the response the user talks over (status_details.reason "turn_detected")
      // and truncates its audio item itself; the run sends both as it stops.
      cancelActive("turn_detected");
    }
  }

  private void speechStopped(long audioEndMs) {
    String itemId = speechItemId != null ? speechItemId : state.ids.next("item");
    speechItemId = null;
    ObjectNode stopped = event("input_audio_buffer.speech_stopped");
    stopped.put("audio_end_ms", audioEndMs);
    stopped.put("item_id", itemId);
    send(stopped);
    input.committedUpTo(audioEndMs);
    commitItem(itemId, state.script.transcript());
    if (!transcriptionSession() && turnDetection().path("create_response").asBoolean(true)) {
      startResponse(null, null, true);
    }
  }

  private void commitAudio(String eventId) {
    if (input.isEmpty()) {
      sendError(ApiError.invalidRequest(
          "Error committing input audio buffer: the buffer is empty.", null, "input_audio_buffer_commit_empty"), eventId);
      return;
    }
    input.empty();
    speechItemId = null;
    commitItem(state.ids.next("item"), state.script.transcript());
  }

  /**
   * The API's idle timeout: no speech for {@code idle_timeout_ms} after the last response's audio
   * ended. It reports the silent segment, commits it as an (empty) user audio item and responds.
   */
  private void idleTimeout() {
    if (input.speaking() || transcriptionSession()) {
      return;
    }
    String itemId = state.ids.next("item");
    ObjectNode triggered = event("input_audio_buffer.timeout_triggered");
    triggered.put("audio_start_ms", idleAudioStartMs);
    triggered.put("audio_end_ms", Math.max(idleAudioStartMs, input.positionMs()));
    triggered.put("item_id", itemId);
    send(triggered);
    input.empty();
    idleItems.add(itemId);
    commitItem(itemId, "");
    startResponse(null, null, false);
  }

  /** Arms the idle timeout once a response's audio has (in real time) played out. */
  private void armIdleTimeout(long responseAudioMillis) {
    submit(executor, () -> {
      JsonNode turnDetection = turnDetection();
      JsonNode timeout = turnDetection.path("idle_timeout_ms");
      if (!turnDetection.path("type").asText().equals("server_vad") || !timeout.isIntegralNumber()) {
        return;
      }
      idleAudioStartMs = input.positionMs();
      idleDeadline.set(state.clock.millis() + responseAudioMillis + timeout.asLong());
    });
  }

  /** Commits the input audio as user item {@code itemId}, heard as {@code transcript}. */
  private void commitItem(String itemId, String transcript) {
    ObjectNode item = Json.object();
    item.put("id", itemId);
    item.put("object", "realtime.item");
    item.put("type", "message");
    item.put("status", "completed");
    item.put("role", "user");
    item.putArray("content").addObject().put("type", "input_audio");
    heard.put(itemId, transcript);
    String previous = conversation.append(item);
    ObjectNode committed = event("input_audio_buffer.committed");
    committed.put("previous_item_id", previous);
    committed.put("item_id", itemId);
    send(committed);
    announceItem(item, previous);
    if (transcriptionConfigured() && !transcript.isEmpty()) {
      transcribe(itemId, transcript);
    }
  }

  /** Input transcription as the API streams it: {@code .delta} events, then {@code .completed}. */
  private void transcribe(String itemId, String transcript) {
    for (String word : transcript.split("(?<=\\s)")) {
      ObjectNode delta = event("conversation.item.input_audio_transcription.delta");
      delta.put("item_id", itemId);
      delta.put("content_index", 0);
      delta.put("delta", word);
      send(delta);
    }
    ObjectNode completed = event("conversation.item.input_audio_transcription.completed");
    completed.put("item_id", itemId);
    completed.put("content_index", 0);
    completed.put("transcript", transcript);
    int words = transcript.split("\\s+").length;
    completed.putObject("usage").put("type", "tokens").put("input_tokens", 10)
        .put("output_tokens", words).put("total_tokens", 10 + words);
    send(completed);
  }

  private JsonNode turnDetection() {
    return dialect == Dialect.GA
        ? session.path("audio").path("input").path("turn_detection")
        : session.path("turn_detection");
  }

  private boolean transcriptionConfigured() {
    JsonNode transcription = dialect == Dialect.GA
        ? session.path("audio").path("input").path("transcription")
        : session.path("input_audio_transcription");
    return transcription.isObject();
  }

  private boolean transcriptionSession() {
    return dialect == Dialect.GA && EffectiveSessions.isTranscription(session);
  }

  // ---- conversation items

  private void createItem(JsonNode event, String eventId) {
    ObjectNode item = ((ObjectNode) event.get("item")).deepCopy();
    if (item.has("id") && conversation.indexOf(item.get("id").asText()) >= 0) {
      sendError(ApiError.invalidValue("item.id", "an item with id '" + item.get("id").asText()
          + "' is already in the conversation."), eventId);
      return;
    }
    String type = item.path("type").asText();
    if (type.equals("function_call_output") && conversation.functionCall(item.path("call_id").asText()) == null) {
      sendError(ApiError.invalidValue("item.call_id", "no function_call with call_id '"
          + item.path("call_id").asText() + "' is in the conversation."), eventId);
      return;
    }
    if (!Set.of("message", "function_call", "function_call_output").contains(type)) {
      sendError(ApiError.invalidRequest("The Realtime emulator supports message, function_call and "
          + "function_call_output items, not '" + type + "'.", "item.type", "unsupported_by_emulator"), eventId);
      return;
    }
    int at = conversation.size();
    JsonNode previousId = event.get("previous_item_id");
    if (previousId != null) {
      int previous = conversation.indexOf(previousId.asText());
      if (previous < 0 && !previousId.asText().equals("root")) {
        sendError(ApiError.invalidValue("previous_item_id", "no item with id '" + previousId.asText()
            + "' is in the conversation."), eventId);
        return;
      }
      at = previous + 1;
    }
    if (!item.has("id")) {
      item.put("id", state.ids.next("item"));
    }
    item.put("object", "realtime.item");
    item.put("status", "completed");
    announceItem(item, conversation.insert(at, item));
  }

  private void retrieveItem(JsonNode event, String eventId) {
    ObjectNode item = conversation.item(event.path("item_id").asText());
    if (item == null) {
      sendError(noSuchItem(event), eventId);
      return;
    }
    ObjectNode retrieved = event("conversation.item.retrieved");
    retrieved.set("item", item.deepCopy());
    send(retrieved);
  }

  private void deleteItem(JsonNode event, String eventId) {
    int at = conversation.indexOf(event.path("item_id").asText());
    if (at < 0) {
      sendError(noSuchItem(event), eventId);
      return;
    }
    conversation.remove(at);
    ObjectNode deleted = event("conversation.item.deleted");
    deleted.put("item_id", event.get("item_id").asText());
    send(deleted);
  }

  private void truncateItem(JsonNode event, String eventId) {
    if (conversation.indexOf(event.path("item_id").asText()) < 0) {
      sendError(noSuchItem(event), eventId);
      return;
    }
    sendTruncated(event.get("item_id").asText(), event.path("content_index").asInt(), event.path("audio_end_ms").asInt());
  }

  void sendTruncated(String itemId, int contentIndex, long audioEndMs) {
    ObjectNode truncated = event("conversation.item.truncated");
    truncated.put("item_id", itemId);
    truncated.put("content_index", contentIndex);
    truncated.put("audio_end_ms", audioEndMs);
    send(truncated);
  }

  private static ApiError noSuchItem(JsonNode event) {
    return ApiError.invalidValue("item_id", "no item with id '" + event.path("item_id").asText()
        + "' is in the conversation.");
  }

  // ---- responses

  /**
   * Starts a response with {@code params} (the client's {@code response} object, or null for one
   * that turn detection starts). {@code afterInterruption}: a turn that cut a response off waits
   * (briefly) for that response to finish stopping, as the API answers the new turn after it.
   */
  private void startResponse(JsonNode params, String eventId, boolean afterInterruption) {
    JsonNode options = params == null ? Json.object() : params;
    ResponseRun run;
    synchronized (responseLock) {
      long deadline = System.nanoTime() + 2_000_000_000L;
      while (afterInterruption && active != null && active.isCancelled() && System.nanoTime() < deadline) {
        try {
          responseLock.wait(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (active != null) {
        sendError(ApiError.invalidRequest("Conversation already has an active response in progress: "
            + active.id() + ". Wait until the response is finished before creating a new one.",
            null, "conversation_already_has_active_response"), eventId);
        return;
      }
      idleDeadline.set(0);
      JsonNode modalities = options.has(dialect.modalitiesField())
          ? options.get(dialect.modalitiesField())
          : session.get(dialect.modalitiesField());
      boolean audio = false;
      for (JsonNode modality : modalities) {
        audio |= modality.asText().equals("audio");
      }
      boolean outOfBand = options.path("conversation").asText().equals("none");
      responses++;
      run = new ResponseRun(this, session.deepCopy(), options, state.ids.next("resp"), plan(options),
          audio, outOfBand, responses);
      active = run;
    }
    submit(responder, () -> {
      try {
        run.run();
      } finally {
        finish(run);
      }
    });
  }

  /**
   * What the script answers. The context is the response's {@code input} items when it has them
   * ("creates a new context for this Response instead of using the default conversation"),
   * otherwise the conversation as it is now.
   */
  private Script.Reply plan(JsonNode options) {
    List<? extends JsonNode> context = options.has("input")
        ? toList(options.get("input"))
        : conversation.snapshot();
    JsonNode tools = options.has("tools") ? options.get("tools") : session.path("tools");
    JsonNode toolChoice = options.has("tool_choice") ? options.get("tool_choice") : session.path("tool_choice");
    for (int i = context.size() - 1; i >= 0; i--) {
      JsonNode item = context.get(i);
      String type = item.path("type").asText();
      if (type.equals("function_call_output")) {
        JsonNode call = conversation.functionCall(item.path("call_id").asText());
        String name = call == null ? "?" : call.path("name").asText();
        return new Script.Reply.Text("Tool " + name + " said: " + item.path("output").asText());
      }
      if (type.equals("message") && item.path("role").asText().equals("user")) {
        if (idleItems.contains(item.path("id").asText())) {
          return new Script.Reply.Text(IDLE_PROMPT);
        }
        Script.Reply reply = state.script.replyTo(userText(item));
        if (reply instanceof Script.Reply.ToolCall call && !callable(call.name(), tools, toolChoice)) {
          return new Script.Reply.Text("The script calls tool '" + call.name()
              + "', but the session does not offer it (declare it in session.tools, tool_choice not 'none').");
        }
        return reply;
      }
    }
    return new Script.Reply.Text("Hello from the Realtime emulator.");
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> list = new java.util.ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  private static boolean callable(String tool, JsonNode tools, JsonNode toolChoice) {
    if (toolChoice.asText().equals("none")) {
      return false;
    }
    for (JsonNode declared : tools) {
      if (tool.equals(declared.path("name").asText())) {
        return true;
      }
    }
    return false;
  }

  private String userText(JsonNode item) {
    StringBuilder text = new StringBuilder();
    for (JsonNode part : item.path("content")) {
      String piece = switch (part.path("type").asText()) {
        case "input_text" -> part.path("text").asText();
        case "input_audio" -> part.has("transcript")
            ? part.get("transcript").asText()
            : heard.getOrDefault(item.path("id").asText(), "");
        default -> "";
      };
      if (!piece.isEmpty()) {
        text.append(text.length() == 0 ? "" : " ").append(piece);
      }
    }
    return text.toString();
  }

  private void cancelResponse(String eventId) {
    if (!cancelActive("client_cancelled")) {
      sendError(ApiError.invalidRequest(
          "Cancellation failed: no active response found.", null, "response_cancel_not_active"), eventId);
    }
    // otherwise the response's own thread ends it with response.done, status cancelled
  }

  private boolean cancelActive(String reason) {
    synchronized (responseLock) {
      return active != null && active.cancel(reason);
    }
  }

  /** Called by the run as it ends: whether it was cancelled, decided under the lock. */
  boolean finish(ResponseRun run) {
    synchronized (responseLock) {
      if (active == run) {
        active = null;
        responseLock.notifyAll();
        if (!run.isCancelled() && !run.outOfBand()) {
          armIdleTimeout(run.audioMillis());
        }
      }
      return run.isCancelled();
    }
  }

  /**
   * Submits {@code task} to {@code on} unless the connection is closing; a bug in the emulator
   * becomes a {@code server_error} event instead of a silent hang of the client's test.
   */
  private void submit(ExecutorService on, Runnable task) {
    try {
      on.execute(() -> {
        try {
          task.run();
        } catch (RuntimeException e) {
          sendError(new ApiError(500, "server_error", "Internal error in the Realtime emulator, please report: "
              + e + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""), null, null), null);
        }
      });
    } catch (RejectedExecutionException closed) {
      // the connection is closing; nothing more to answer
    }
  }

  // ---- conversation helpers for ResponseRun

  Dialect dialect() {
    return dialect;
  }

  String conversationId() {
    return conversation.id();
  }

  EmulatorState state() {
    return state;
  }

  /** The model has spoken in this conversation: from now on its voice is fixed. */
  void assistantAudioSent() {
    assistantAudioSent = true;
  }

  /** Adds an item the model produced to the conversation; answers the id of the one before it. */
  String addOutputItem(ObjectNode item) {
    return conversation.append(item);
  }

  int conversationWords() {
    int words = 0;
    for (ObjectNode item : conversation.snapshot()) {
      String text = item.path("type").asText().equals("message") ? userText(item) : item.path("output").asText();
      words += text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }
    return words;
  }

  /** Sends {@code conversation.item.added} and {@code .done} (GA) or {@code .created} (beta). */
  void announceItem(ObjectNode item, String previousItemId) {
    ObjectNode added = event(dialect.itemCreated);
    added.put("previous_item_id", previousItemId);
    added.set("item", item.deepCopy());
    send(added);
    if (dialect == Dialect.GA && item.path("status").asText().equals("completed")) {
      itemDone(item, previousItemId);
    }
  }

  /** Sends {@code conversation.item.done} (GA) for {@code item}, which follows {@code previousItemId}. */
  void itemDone(ObjectNode item, String previousItemId) {
    ObjectNode done = event("conversation.item.done");
    done.put("previous_item_id", previousItemId);
    done.set("item", item.deepCopy());
    send(done);
  }

  // ---- sending

  ObjectNode event(String type) {
    ObjectNode event = Json.object();
    event.put("event_id", state.ids.next("event"));
    event.put("type", type);
    return event;
  }

  /** Sends {@code event}; the record of sent events has the order of the wire. */
  void send(ObjectNode event) {
    String json = Json.write(event);
    synchronized (sendLock) {
      state.recorder.sent(new RecordedEvent(connection, event.get("type").asText(), json));
      WebSocket socket = webSocket;
      if (socket != null) {
        socket.send(json);
      }
    }
  }

  private void sendError(ApiError error, String clientEventId) {
    ObjectNode event = event("error");
    event.set("error", error.toErrorObject(clientEventId));
    send(event);
  }

  private static ExecutorService singleThread(String name) {
    return Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    });
  }
}
