package dev.realtimeprofiles.runtime.internal.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.runtime.event.ConversationItemAdded;
import dev.realtimeprofiles.runtime.event.InputTranscriptionCompleted;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.UnknownEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conversation a connection has seen, in order, so that a new session can be given it again
 * as {@code conversation.item.create} events after a reconnect. Fed from what the client sent (an
 * item is logged when it is sent, with the id the client gave it) and from the server's events:
 * {@code conversation.item.added}/{@code created}, the output of every {@code response.done} (the
 * whole assistant messages and function calls), input transcriptions, deletions and truncations.
 *
 * <p>What can be replayed: user and system messages (text, images, and input audio as its
 * transcript when transcription is on), assistant messages (text, and audio as its transcript,
 * except audio the client truncated: the server dropped its transcript too), function calls that
 * completed, and function call outputs. Anything else (MCP items, audio without a transcript, a
 * call cut off mid-arguments) is counted as skipped. Items sent while the connection was down are
 * marked queued and left out: they are delivered from the outbox instead, once. Thread-safe. Not
 * API.
 */
public final class ConversationLog {

  /** Items to re-create, oldest first, and how many items of the log could not be. */
  public static final class Replay {
    private static final Replay NONE = new Replay(List.of(), 0);

    /** Nothing to replay. */
    public static Replay none() {
      return NONE;
    }

    private final List<ObjectNode> items;
    private final int skipped;

    Replay(List<ObjectNode> items, int skipped) {
      this.items = List.copyOf(items);
      this.skipped = skipped;
    }

    /** The items, each a {@code conversation.item.create} payload, oldest first. */
    public List<ObjectNode> items() {
      return items;
    }

    /** How many logged items are not in {@link #items()}. */
    public int skipped() {
      return skipped;
    }
  }

  private static final class Entry {
    ObjectNode item;
    boolean queued;
    boolean truncated;

    Entry(ObjectNode item, boolean queued) {
      this.item = item;
      this.queued = queued;
    }
  }

  private final boolean ga;
  private final Map<String, Entry> items = new LinkedHashMap<>();

  public ConversationLog(Api api) {
    this.ga = api == Api.GA;
  }

  /** The client sent (or queued, while down) {@code item}, which carries its {@code id}. */
  public synchronized void recordSent(ObjectNode item, boolean queued) {
    String id = item.path("id").asText(null);
    if (id != null) {
      items.put(id, new Entry(item.deepCopy(), queued));
    }
  }

  /** The queued items were sent on the new session. */
  public synchronized void delivered() {
    for (Entry entry : items.values()) {
      entry.queued = false;
    }
  }

  /** The client deleted {@code itemId}. */
  public synchronized void delete(String itemId) {
    items.remove(itemId);
  }

  /** The client truncated the audio of {@code itemId}; the server dropped its transcript. */
  public synchronized void truncate(String itemId) {
    Entry entry = items.get(itemId);
    if (entry != null) {
      entry.truncated = true;
    }
  }

  /** How many items are logged. */
  public synchronized int size() {
    return items.size();
  }

  /** Learns from a server event; events that say nothing about the conversation are ignored. */
  public synchronized void observe(ServerEvent event) {
    if (event instanceof ConversationItemAdded) {
      ConversationItemAdded added = (ConversationItemAdded) event;
      ObjectNode item = parse(added.itemJson());
      if (added.itemId() != null && item != null) {
        upsert(added.itemId(), item, false);
      }
    } else if (event instanceof ResponseDone) {
      ObjectNode response = parse(((ResponseDone) event).responseJson());
      if (response == null
          || (response.has("conversation_id") && response.get("conversation_id").isNull())) {
        return; // out of band: not part of the conversation
      }
      for (JsonNode output : response.path("output")) {
        if (output.isObject() && output.path("id").isTextual()) {
          upsert(output.get("id").asText(), (ObjectNode) output.deepCopy(), true);
        }
      }
    } else if (event instanceof InputTranscriptionCompleted) {
      InputTranscriptionCompleted done = (InputTranscriptionCompleted) event;
      Entry entry = items.get(done.itemId());
      if (entry != null) {
        JsonNode part = entry.item.path("content").path(done.contentIndex());
        if (part.isObject()) {
          ((ObjectNode) part).put("transcript", done.transcript());
        }
      }
    } else if (event instanceof UnknownEvent) {
      UnknownEvent unknown = (UnknownEvent) event;
      if ("conversation.item.deleted".equals(unknown.type())) {
        ObjectNode raw = parse(unknown.rawJson());
        if (raw != null) {
          items.remove(raw.path("item_id").asText(""));
        }
      } else if ("conversation.item.truncated".equals(unknown.type())) {
        ObjectNode raw = parse(unknown.rawJson());
        if (raw != null) {
          truncate(raw.path("item_id").asText(""));
        }
      }
    }
  }

  /**
   * The replayable items not queued, at most the {@code maxItems} most recent; a function call
   * output whose call fell outside the window is left out too (the server would reject it).
   */
  public synchronized Replay replay(int maxItems) {
    List<ObjectNode> out = new ArrayList<>();
    int skipped = 0;
    for (Entry entry : items.values()) {
      if (entry.queued) {
        continue;
      }
      ObjectNode item = replayable(entry);
      if (item == null) {
        skipped++;
      } else {
        out.add(item);
      }
    }
    if (out.size() > maxItems) {
      skipped += out.size() - maxItems;
      out = new ArrayList<>(out.subList(out.size() - maxItems, out.size()));
    }
    Set<String> calls = new HashSet<>();
    for (Iterator<ObjectNode> it = out.iterator(); it.hasNext(); ) {
      ObjectNode item = it.next();
      String type = item.path("type").asText();
      if (type.equals("function_call")) {
        calls.add(item.path("call_id").asText());
      } else if (type.equals("function_call_output") && !calls.contains(item.path("call_id").asText())) {
        it.remove();
        skipped++;
      }
    }
    return new Replay(out, skipped);
  }

  private void upsert(String id, ObjectNode incoming, boolean complete) {
    Entry entry = items.get(id);
    if (entry == null) {
      items.put(id, new Entry(incoming, false));
      return;
    }
    // An item the client sent, or one already completed, is not replaced by an echo that has
    // less in it (conversation.item.added of an assistant message comes with empty content).
    boolean incomingEmpty =
        incoming.path("content").isArray() && incoming.path("content").isEmpty();
    if (complete || !incomingEmpty) {
      keepTranscripts(entry.item, incoming);
      entry.item = incoming;
    }
  }

  /** A transcript the log learned (input transcription) survives a later copy without it. */
  private static void keepTranscripts(ObjectNode old, ObjectNode incoming) {
    JsonNode oldContent = old.path("content");
    JsonNode newContent = incoming.path("content");
    for (int i = 0; i < oldContent.size() && i < newContent.size(); i++) {
      JsonNode was = oldContent.get(i).path("transcript");
      JsonNode now = newContent.get(i).path("transcript");
      if (was.isTextual() && !now.isTextual() && newContent.get(i).isObject()) {
        ((ObjectNode) newContent.get(i)).put("transcript", was.asText());
      }
    }
  }

  private ObjectNode replayable(Entry entry) {
    ObjectNode item = entry.item;
    String id = item.path("id").asText(null);
    String type = item.path("type").asText("");
    ObjectNode out = WsJson.MAPPER.createObjectNode();
    if (id != null) {
      out.put("id", id);
    }
    out.put("type", type);
    switch (type) {
      case "message":
        {
          String role = item.path("role").asText("");
          if (role.equals("assistant") && entry.truncated) {
            return null;
          }
          ArrayNode content = role.equals("assistant")
              ? assistantContent(item.path("content"))
              : inputContent(item.path("content"));
          if (content == null || content.isEmpty()) {
            return null;
          }
          out.put("role", role);
          out.set("content", content);
          return out;
        }
      case "function_call":
        if (!item.path("name").isTextual()
            || !item.path("call_id").isTextual()
            || !item.path("arguments").isTextual()
            || (item.has("status") && !"completed".equals(item.path("status").asText()))) {
          return null;
        }
        out.put("call_id", item.get("call_id").asText());
        out.put("name", item.get("name").asText());
        out.put("arguments", item.get("arguments").asText());
        return out;
      case "function_call_output":
        if (!item.path("call_id").isTextual() || !item.path("output").isTextual()) {
          return null;
        }
        out.put("call_id", item.get("call_id").asText());
        out.put("output", item.get("output").asText());
        return out;
      default:
        return null;
    }
  }

  private static ArrayNode inputContent(JsonNode content) {
    ArrayNode out = WsJson.MAPPER.createArrayNode();
    for (JsonNode part : content) {
      String type = part.path("type").asText("");
      if (type.equals("input_text") && part.path("text").isTextual()) {
        out.addObject().put("type", "input_text").put("text", part.get("text").asText());
      } else if (type.equals("input_audio") && hasText(part, "transcript")) {
        out.addObject().put("type", "input_text").put("text", part.get("transcript").asText());
      } else if (type.equals("input_image") && part.path("image_url").isTextual()) {
        ObjectNode image = out.addObject().put("type", "input_image");
        image.put("image_url", part.get("image_url").asText());
        if (part.path("detail").isTextual()) {
          image.put("detail", part.get("detail").asText());
        }
      }
    }
    return out;
  }

  private ArrayNode assistantContent(JsonNode content) {
    ArrayNode out = WsJson.MAPPER.createArrayNode();
    String textType = ga ? "output_text" : "text";
    for (JsonNode part : content) {
      String type = part.path("type").asText("");
      if ((type.equals("output_text") || type.equals("text")) && hasText(part, "text")) {
        out.addObject().put("type", textType).put("text", part.get("text").asText());
      } else if ((type.equals("output_audio") || type.equals("audio"))
          && hasText(part, "transcript")) {
        out.addObject().put("type", textType).put("text", part.get("transcript").asText());
      }
    }
    return out;
  }

  private static boolean hasText(JsonNode part, String field) {
    return part.path(field).isTextual() && !part.get(field).asText().isEmpty();
  }

  private static ObjectNode parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      JsonNode node = WsJson.MAPPER.readTree(json);
      return node != null && node.isObject() ? (ObjectNode) node : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
