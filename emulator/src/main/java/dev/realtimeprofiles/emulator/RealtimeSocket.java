package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The server side of one Realtime WebSocket connection: its session, its conversation and its
 * input audio buffer.
 *
 * <p>Client events are handled one at a time, in order, on this connection's event thread. A
 * response is sent from a second thread, as the real server streams a response while it keeps
 * reading client events (so {@code response.cancel} can stop it and a second {@code response.create}
 * is refused while one runs). The two threads share the conversation under this object's lock; a
 * response works on a snapshot of the session taken when it starts.
 */
final class RealtimeSocket extends WebSocketListener {
  private static final Set<String> SESSION_UPDATE_KEYS = Set.of("type", "event_id", "session");

  private final EmulatorState state;
  private final Dialect dialect;
  private final int connection;
  private final ObjectNode session;
  private final String conversationId;
  private final List<ObjectNode> conversation = new ArrayList<>();
  private final Map<String, String> heard = new HashMap<>();
  private final ExecutorService executor;
  private final ExecutorService responder;
  private final Object sendLock = new Object();
  private final Object responseLock = new Object();
  private ResponseRun active; // guarded by responseLock
  private long bufferedAudioBytes;
  private volatile boolean assistantAudioSent;
  private volatile WebSocket webSocket;

  RealtimeSocket(EmulatorState state, Dialect dialect, int connection, ObjectNode session) {
    this.state = state;
    this.dialect = dialect;
    this.connection = connection;
    this.session = session;
    this.conversationId = state.ids.next("conv");
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

  private void shutdown() {
    state.openSockets.remove(this);
    cancelActive();
    executor.shutdownNow();
    responder.shutdownNow();
  }

  // ---- client events

  /** One client event: {@code event} as parsed, or null and why the text is not JSON. */
  private synchronized void handle(JsonNode event, String invalidJson) {
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
        bufferedAudioBytes = 0;
        send(event("input_audio_buffer.cleared"));
      }
      case "conversation.item.create" -> createItem(event, eventId);
      case "conversation.item.retrieve" -> retrieveItem(event, eventId);
      case "conversation.item.delete" -> deleteItem(event, eventId);
      case "conversation.item.truncate" -> truncateItem(event, eventId);
      case "response.create" -> createResponse(event, eventId);
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
    if (error == null) {
      error = dialect == Dialect.GA
          ? SessionRules.ga(update, session.get("tools"))
          : SessionRules.beta(update, session.get("tools"), Set.of());
      if (error == null) {
        error = SchemaCheck.check(
            dialect == Dialect.GA ? RealtimeSchemas.GA_SESSION : RealtimeSchemas.BETA_SESSION, update);
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

  private void appendAudio(JsonNode event, String eventId) {
    try {
      bufferedAudioBytes += Base64.getDecoder().decode(event.get("audio").asText()).length;
    } catch (IllegalArgumentException e) {
      sendError(ApiError.invalidValue("audio", "expected base64-encoded audio bytes."), eventId);
    }
  }

  private void commitAudio(String eventId) {
    if (bufferedAudioBytes == 0) {
      sendError(ApiError.invalidRequest(
          "Error committing input audio buffer: the buffer is empty.", null, "input_audio_buffer_commit_empty"), eventId);
      return;
    }
    bufferedAudioBytes = 0;
    String previous = lastItemId();
    ObjectNode item = Json.object();
    item.put("id", state.ids.next("item"));
    item.put("object", "realtime.item");
    item.put("type", "message");
    item.put("status", "completed");
    item.put("role", "user");
    item.putArray("content").addObject().put("type", "input_audio");
    String transcript = state.script.transcript();
    heard.put(item.get("id").asText(), transcript);
    ObjectNode committed = event("input_audio_buffer.committed");
    committed.put("previous_item_id", previous);
    committed.put("item_id", item.get("id").asText());
    send(committed);
    conversation.add(item);
    announceItem(item, previous);
    if (transcriptionConfigured()) {
      ObjectNode completed = event("conversation.item.input_audio_transcription.completed");
      completed.put("item_id", item.get("id").asText());
      completed.put("content_index", 0);
      completed.put("transcript", transcript);
      int words = transcript.split("\\s+").length;
      completed.putObject("usage").put("type", "tokens").put("input_tokens", 10)
          .put("output_tokens", words).put("total_tokens", 10 + words);
      send(completed);
    }
  }

  private boolean transcriptionConfigured() {
    JsonNode transcription = dialect == Dialect.GA
        ? session.path("audio").path("input").path("transcription")
        : session.path("input_audio_transcription");
    return transcription.isObject();
  }

  private void createItem(JsonNode event, String eventId) {
    ObjectNode item = ((ObjectNode) event.get("item")).deepCopy();
    if (item.has("id") && indexOf(item.get("id").asText()) >= 0) {
      sendError(ApiError.invalidValue("item.id", "an item with id '" + item.get("id").asText()
          + "' is already in the conversation."), eventId);
      return;
    }
    String type = item.path("type").asText();
    if (type.equals("function_call_output") && functionCall(item.path("call_id").asText()) == null) {
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
      int previous = indexOf(previousId.asText());
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
    String previous = at == 0 ? null : conversation.get(at - 1).get("id").asText();
    conversation.add(at, item);
    announceItem(item, previous);
  }

  private void retrieveItem(JsonNode event, String eventId) {
    int at = indexOf(event.path("item_id").asText());
    if (at < 0) {
      sendError(noSuchItem(event), eventId);
      return;
    }
    ObjectNode retrieved = event("conversation.item.retrieved");
    retrieved.set("item", conversation.get(at).deepCopy());
    send(retrieved);
  }

  private void deleteItem(JsonNode event, String eventId) {
    int at = indexOf(event.path("item_id").asText());
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
    if (indexOf(event.path("item_id").asText()) < 0) {
      sendError(noSuchItem(event), eventId);
      return;
    }
    ObjectNode truncated = event("conversation.item.truncated");
    truncated.put("item_id", event.get("item_id").asText());
    truncated.put("content_index", event.path("content_index").asInt());
    truncated.put("audio_end_ms", event.path("audio_end_ms").asInt());
    send(truncated);
  }

  private static ApiError noSuchItem(JsonNode event) {
    return ApiError.invalidValue("item_id", "no item with id '" + event.path("item_id").asText()
        + "' is in the conversation.");
  }

  private void createResponse(JsonNode event, String eventId) {
    ResponseRun run;
    synchronized (responseLock) {
      if (active != null) {
        sendError(ApiError.invalidRequest("Conversation already has an active response in progress: "
            + active.id() + ". Wait until the response is finished before creating a new one.",
            null, "conversation_already_has_active_response"), eventId);
        return;
      }
      JsonNode params = event.path("response");
      JsonNode modalities = params.has(dialect.modalitiesField())
          ? params.get(dialect.modalitiesField())
          : session.get(dialect.modalitiesField());
      boolean audio = false;
      for (JsonNode modality : modalities) {
        audio |= modality.asText().equals("audio");
      }
      boolean outOfBand = params.path("conversation").asText().equals("none");
      run = new ResponseRun(this, session.deepCopy(), state.ids.next("resp"), plan(), audio, outOfBand);
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

  /** What the script answers to the conversation as it is now. */
  private Script.Reply plan() {
    for (int i = conversation.size() - 1; i >= 0; i--) {
      ObjectNode item = conversation.get(i);
      String type = item.path("type").asText();
      if (type.equals("function_call_output")) {
        JsonNode call = functionCall(item.path("call_id").asText());
        String name = call == null ? "?" : call.path("name").asText();
        return new Script.Reply.Text("Tool " + name + " said: " + item.path("output").asText());
      }
      if (type.equals("message") && item.path("role").asText().equals("user")) {
        Script.Reply reply = state.script.replyTo(userText(item));
        if (reply instanceof Script.Reply.ToolCall call && !callable(call.name())) {
          return new Script.Reply.Text("The script calls tool '" + call.name()
              + "', but the session does not offer it (declare it in session.tools, tool_choice not 'none').");
        }
        return reply;
      }
    }
    return new Script.Reply.Text("Hello from the Realtime emulator.");
  }

  private boolean callable(String tool) {
    if (session.path("tool_choice").asText().equals("none")) {
      return false;
    }
    for (JsonNode declared : session.path("tools")) {
      if (tool.equals(declared.path("name").asText())) {
        return true;
      }
    }
    return false;
  }

  private String userText(ObjectNode item) {
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

  /**
   * Runs {@code task} on {@code on} unless the connection is closing; a bug in the emulator becomes
   * a {@code server_error} event instead of a silent hang of the client's test.
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

  private void cancelResponse(String eventId) {
    if (!cancelActive()) {
      sendError(ApiError.invalidRequest(
          "Cancellation failed: no active response found.", null, "response_cancel_not_active"), eventId);
    }
    // otherwise the response's own thread ends it with response.done, status cancelled
  }

  private boolean cancelActive() {
    synchronized (responseLock) {
      return active != null && active.cancel();
    }
  }

  /** Called by the run as it ends: whether it was cancelled, decided under the lock. */
  boolean finish(ResponseRun run) {
    synchronized (responseLock) {
      if (active == run) {
        active = null;
      }
      return run.isCancelled();
    }
  }

  // ---- conversation helpers for ResponseRun

  Dialect dialect() {
    return dialect;
  }

  String conversationId() {
    return conversationId;
  }

  EmulatorState state() {
    return state;
  }

  /** The model has spoken in this conversation: from now on its voice is fixed. */
  void assistantAudioSent() {
    assistantAudioSent = true;
  }

  /** Adds an item the model produced to the conversation; answers the id of the one before it. */
  synchronized String addOutputItem(ObjectNode item) {
    String previous = lastItemId();
    conversation.add(item);
    return previous;
  }

  synchronized int conversationWords() {
    int words = 0;
    for (ObjectNode item : conversation) {
      String text = item.path("type").asText().equals("message") ? userText(item) : item.path("output").asText();
      words += text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }
    return words;
  }

  /** Sends {@code conversation.item.added} and {@code .done} (GA) or {@code .created} (beta). */
  synchronized void announceItem(ObjectNode item, String previousItemId) {
    ObjectNode added = event(dialect.itemCreated);
    added.put("previous_item_id", previousItemId);
    added.set("item", item.deepCopy());
    send(added);
    if (dialect == Dialect.GA && item.path("status").asText().equals("completed")) {
      ObjectNode done = event("conversation.item.done");
      done.put("previous_item_id", previousItemId);
      done.set("item", item.deepCopy());
      send(done);
    }
  }

  private String lastItemId() {
    return conversation.isEmpty() ? null : conversation.get(conversation.size() - 1).get("id").asText();
  }

  private int indexOf(String itemId) {
    for (int i = 0; i < conversation.size(); i++) {
      if (conversation.get(i).path("id").asText().equals(itemId)) {
        return i;
      }
    }
    return -1;
  }

  private JsonNode functionCall(String callId) {
    for (ObjectNode item : conversation) {
      if (item.path("type").asText().equals("function_call") && item.path("call_id").asText().equals(callId)) {
        return item;
      }
    }
    return null;
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
