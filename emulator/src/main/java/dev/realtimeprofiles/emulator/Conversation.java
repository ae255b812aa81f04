package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The items of one session's conversation, in order. Thread-safe: the event thread and the
 * response thread both add to it.
 */
final class Conversation {
  private final String id;
  private final List<ObjectNode> items = new ArrayList<>();

  Conversation(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  /** Appends {@code item}; answers the id of the item before it, or null. */
  synchronized String append(ObjectNode item) {
    String previous = lastItemId();
    items.add(item);
    return previous;
  }

  /** Inserts {@code item} at {@code index}; answers the id of the item before it, or null. */
  synchronized String insert(int index, ObjectNode item) {
    items.add(index, item);
    return index == 0 ? null : items.get(index - 1).get("id").asText();
  }

  synchronized int size() {
    return items.size();
  }

  synchronized ObjectNode get(int index) {
    return items.get(index);
  }

  synchronized void remove(int index) {
    items.remove(index);
  }

  /** A copy of the items as they are now, oldest first. */
  synchronized List<ObjectNode> snapshot() {
    return List.copyOf(items);
  }

  synchronized int indexOf(String itemId) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).path("id").asText().equals(itemId)) {
        return i;
      }
    }
    return -1;
  }

  synchronized ObjectNode item(String itemId) {
    int at = indexOf(itemId);
    return at < 0 ? null : items.get(at);
  }

  /** The {@code function_call} item with {@code callId}, or null. */
  synchronized JsonNode functionCall(String callId) {
    for (ObjectNode item : items) {
      if (item.path("type").asText().equals("function_call") && item.path("call_id").asText().equals(callId)) {
        return item;
      }
    }
    return null;
  }

  synchronized String lastItemId() {
    return items.isEmpty() ? null : items.get(items.size() - 1).get("id").asText();
  }
}
