package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends the events of one response, in the API's order, and stops early when cancelled.
 *
 * <p>Text is sent word by word; audio comes as a fixed chunk of silence per word plus the words as
 * its transcript; a tool call streams its arguments in chunks of eight characters. Right after
 * {@code response.created} comes {@code rate_limits.updated} ("emitted at the beginning of a
 * Response"). A response the user talked over (cancelled with reason {@code turn_detected}) ends
 * with {@code conversation.item.truncated} for its audio, as the API truncates it itself then.
 */
final class ResponseRun {
  /** Milliseconds of audio in one chunk. */
  static final int AUDIO_CHUNK_MS = 10;
  /** 10 ms of 24 kHz 16-bit mono silence: deterministic, small, valid PCM. */
  private static final String AUDIO_CHUNK = Base64.getEncoder().encodeToString(new byte[480]);

  private final RealtimeSocket socket;
  private final ObjectNode session;
  private final JsonNode options;
  private final String id;
  private final Script.Reply reply;
  private final boolean audio;
  private final boolean outOfBand;
  private final int number;
  private final List<ObjectNode> output = new ArrayList<>();
  private final Map<String, String> previousIds = new HashMap<>();
  private volatile String cancelReason;
  private int outputTextTokens;
  private int outputAudioTokens;

  /**
   * @param options the client's {@code response} parameters (empty for a response turn detection
   *     started)
   * @param number how many responses this session has started, this one included
   */
  ResponseRun(RealtimeSocket socket, ObjectNode session, JsonNode options, String id, Script.Reply reply,
      boolean audio, boolean outOfBand, int number) {
    this.socket = socket;
    this.session = session;
    this.options = options;
    this.id = id;
    this.reply = reply;
    this.audio = audio;
    this.outOfBand = outOfBand;
    this.number = number;
  }

  boolean outOfBand() {
    return outOfBand;
  }

  /** How long the audio this response sent plays. */
  long audioMillis() {
    return (long) outputAudioTokens * AUDIO_CHUNK_MS;
  }

  String id() {
    return id;
  }

  /**
   * Asks the run to stop, for {@code reason} ({@code client_cancelled} or {@code turn_detected});
   * false when it was already asked.
   */
  synchronized boolean cancel(String reason) {
    if (cancelReason != null) {
      return false;
    }
    cancelReason = reason;
    return true;
  }

  boolean isCancelled() {
    return cancelReason != null;
  }

  void run() {
    ObjectNode created = socket.event("response.created");
    created.set("response", response("in_progress"));
    socket.send(created);
    socket.send(rateLimits());
    if (reply instanceof Script.Reply.ToolCall call) {
      toolCall(call);
    } else {
      message(((Script.Reply.Text) reply).text());
    }
    boolean wasCancelled = socket.finish(this);
    for (ObjectNode item : output) {
      if (wasCancelled && !item.path("status").asText().equals("completed")) {
        item.put("status", "incomplete");
      }
    }
    ObjectNode done = socket.event("response.done");
    done.set("response", response(wasCancelled ? "cancelled" : "completed"));
    socket.send(done);
    if (wasCancelled && "turn_detected".equals(cancelReason) && !outOfBand) {
      for (ObjectNode item : output) {
        if (item.path("type").asText().equals("message") && audio) {
          socket.sendTruncated(item.get("id").asText(), 0, audioMillis());
        }
      }
    }
  }

  /**
   * {@code rate_limits.updated}: the emulator's limits are fixed (1000 requests, 40000 tokens a
   * minute); each response uses one request and reserves 4096 output tokens, as the API reserves
   * the response's output tokens up front.
   */
  private ObjectNode rateLimits() {
    ObjectNode event = socket.event("rate_limits.updated");
    ArrayNode limits = event.putArray("rate_limits");
    limits.addObject().put("name", "requests").put("limit", 1000).put("remaining", Math.max(0, 1000 - number))
        .put("reset_seconds", 60.0);
    limits.addObject().put("name", "tokens").put("limit", 40000)
        .put("remaining", Math.max(0, 40000 - 4096 - socket.conversationWords())).put("reset_seconds", 6.0);
    return event;
  }

  private void message(String text) {
    Dialect dialect = socket.dialect();
    ObjectNode item = Json.object();
    item.put("id", socket.state().ids.next("item"));
    item.put("object", "realtime.item");
    item.put("type", "message");
    item.put("status", "in_progress");
    item.put("role", "assistant");
    item.putArray("content");
    if (!addItem(item)) {
      return;
    }
    String itemId = item.get("id").asText();
    ObjectNode part = Json.object();
    part.put("type", audio ? "audio" : "text");
    part.put(audio ? "transcript" : "text", "");
    if (!send(partEvent("response.content_part.added", itemId).set("part", part.deepCopy()))) {
      return;
    }
    StringBuilder sent = new StringBuilder();
    for (String word : text.split("(?<=\\s)")) {
      if (audio) {
        ObjectNode transcript = partEvent(dialect.audioTranscript + ".delta", itemId).put("delta", word);
        ObjectNode chunk = partEvent(dialect.audio + ".delta", itemId).put("delta", AUDIO_CHUNK);
        if (!send(transcript) || isCancelled()) {
          return;
        }
        socket.send(chunk); // counted as sent before the pause, so a truncation covers it
        outputAudioTokens++;
        if (!outOfBand) {
          socket.assistantAudioSent();
        }
        if (!pause()) {
          return;
        }
      } else if (!send(partEvent(dialect.text + ".delta", itemId).put("delta", word))) {
        return;
      }
      outputTextTokens++;
      sent.append(word);
    }
    if (audio) {
      if (!send(partEvent(dialect.audio + ".done", itemId))
          || !send(partEvent(dialect.audioTranscript + ".done", itemId).put("transcript", text))) {
        return;
      }
      part.put("transcript", text);
    } else {
      if (!send(partEvent(dialect.text + ".done", itemId).put("text", text))) {
        return;
      }
      part.put("text", text);
    }
    if (!send(partEvent("response.content_part.done", itemId).set("part", part))) {
      return;
    }
    ObjectNode content = ((ArrayNode) item.get("content")).addObject();
    content.put("type", audio ? dialect.audioContentType : dialect.textContentType);
    content.put(audio ? "transcript" : "text", sent.toString());
    completeItem(item);
  }

  private void toolCall(Script.Reply.ToolCall call) {
    String callId = socket.state().ids.next("call");
    ObjectNode item = Json.object();
    item.put("id", socket.state().ids.next("item"));
    item.put("object", "realtime.item");
    item.put("type", "function_call");
    item.put("status", "in_progress");
    item.put("name", call.name());
    item.put("call_id", callId);
    item.put("arguments", "");
    if (!addItem(item)) {
      return;
    }
    String itemId = item.get("id").asText();
    String arguments = call.arguments();
    for (int start = 0; start < arguments.length(); start += 8) {
      ObjectNode delta = socket.event("response.function_call_arguments.delta");
      delta.put("response_id", id).put("item_id", itemId).put("output_index", 0).put("call_id", callId)
          .put("delta", arguments.substring(start, Math.min(arguments.length(), start + 8)));
      if (!send(delta)) {
        return;
      }
      outputTextTokens++;
    }
    ObjectNode done = socket.event("response.function_call_arguments.done");
    done.put("response_id", id).put("item_id", itemId).put("output_index", 0).put("call_id", callId)
        .put("name", call.name()).put("arguments", arguments);
    if (!send(done)) {
      return;
    }
    item.put("arguments", arguments);
    completeItem(item);
  }

  /** Announces a new output item; false when cancelled first. */
  private boolean addItem(ObjectNode item) {
    if (isCancelled()) {
      return false;
    }
    output.add(item);
    ObjectNode added = socket.event("response.output_item.added");
    added.put("response_id", id).put("output_index", output.size() - 1).set("item", item.deepCopy());
    socket.send(added);
    if (!outOfBand) {
      String previous = socket.addOutputItem(item);
      previousIds.put(item.get("id").asText(), previous);
      socket.announceItem(item, previous);
    }
    return pause();
  }

  private void completeItem(ObjectNode item) {
    item.put("status", "completed");
    ObjectNode done = socket.event("response.output_item.done");
    done.put("response_id", id).put("output_index", output.size() - 1).set("item", item.deepCopy());
    if (send(done) && !outOfBand && socket.dialect() == Dialect.GA) {
      socket.itemDone(item, previousIds.get(item.get("id").asText()));
    }
  }

  private ObjectNode partEvent(String type, String itemId) {
    ObjectNode event = socket.event(type);
    event.put("response_id", id).put("item_id", itemId).put("output_index", 0).put("content_index", 0);
    return event;
  }

  /** Sends {@code event} unless cancelled, then pauses; false when the run is to stop. */
  private boolean send(ObjectNode event) {
    if (isCancelled()) {
      return false;
    }
    socket.send(event);
    return pause();
  }

  private boolean pause() {
    long millis = socket.state().eventInterval.toMillis();
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        cancel("client_cancelled");
      }
    }
    return !isCancelled();
  }

  private ObjectNode response(String status) {
    Dialect dialect = socket.dialect();
    ObjectNode response = Json.object();
    response.put("id", id);
    response.put("object", "realtime.response");
    response.put("status", status);
    if (status.equals("cancelled")) {
      response.putObject("status_details").put("type", "cancelled").put("reason", cancelReason);
    }
    ArrayNode items = response.putArray("output");
    if (!status.equals("in_progress")) {
      output.forEach(item -> items.add(item.deepCopy()));
    }
    if (!outOfBand) {
      response.put("conversation_id", socket.conversationId());
    }
    if (options.has("metadata")) {
      response.set("metadata", options.get("metadata").deepCopy());
    }
    ArrayNode modalities = response.putArray(dialect.modalitiesField());
    if (dialect == Dialect.GA) {
      modalities.add(audio ? "audio" : "text");
      response.set("max_output_tokens", (options.has("max_output_tokens")
          ? options.get("max_output_tokens") : session.get("max_output_tokens")).deepCopy());
      ObjectNode audioOutput = response.putObject("audio").putObject("output");
      JsonNode requested = options.path("audio").path("output");
      JsonNode sessionOutput = session.path("audio").path("output");
      audioOutput.set("format", (requested.has("format") ? requested : sessionOutput).get("format").deepCopy());
      audioOutput.set("voice", (requested.has("voice") ? requested : sessionOutput).get("voice").deepCopy());
    } else {
      if (audio) {
        modalities.add("audio");
      }
      modalities.add("text");
      response.set("max_output_tokens", session.get("max_response_output_tokens").deepCopy());
    }
    if (!status.equals("in_progress")) {
      int input = socket.conversationWords();
      int outputTokens = outputTextTokens + outputAudioTokens;
      ObjectNode usage = response.putObject("usage");
      usage.put("total_tokens", input + outputTokens);
      usage.put("input_tokens", input);
      usage.put("output_tokens", outputTokens);
      usage.putObject("input_token_details").put("cached_tokens", 0).put("text_tokens", input)
          .put("audio_tokens", 0);
      usage.putObject("output_token_details").put("text_tokens", outputTextTokens)
          .put("audio_tokens", outputAudioTokens);
    }
    return response;
  }
}
