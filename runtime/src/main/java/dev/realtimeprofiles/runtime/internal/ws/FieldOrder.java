package dev.realtimeprofiles.runtime.internal.ws;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The order of the top-level fields of the last event of each kind, to predict the next name: a
 * server writes an event's fields in the same order every time, and a predicted name is matched
 * in place by {@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}
 * instead of being looked up in Jackson's symbol table, the largest cost of parsing small events.
 * A wrong guess costs nothing but the guess; the order is learnt again from the next event.
 */
final class FieldOrder {
  /** Events with more top-level fields than this are read without predictions past it. */
  private static final int MAX_FIELDS = 32;
  private static final SerializedString TYPE = new SerializedString("type");
  private static final AtomicReferenceArray<SerializedString[]> LAST =
      new AtomicReferenceArray<>(EventKind.values().length);

  private FieldOrder() {}

  /**
   * The field names of one event, read in order. Predicts only in frames whose first field is a
   * known {@code type}, as the server writes them; others are read plainly. One per parse.
   */
  static final class Reader {
    private boolean tracking = true;
    private SerializedString[] predicted;
    /** The names read, once they differ from the prediction; else {@code null}. */
    private SerializedString[] seen;
    private int count;

    /** The next top-level field name of {@code p}, or {@code null} at the object's end. */
    String next(JsonParser p, EventKind kind) throws IOException {
      SerializedString guess = tracking ? guess(kind) : null;
      String name;
      if (guess == null) {
        name = p.nextFieldName();
      } else if (p.nextFieldName(guess)) {
        name = guess.getValue();
      } else {
        name = p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
      }
      if (name != null) {
        if (tracking) {
          record(name, guess);
        }
        count++;
      }
      return name;
    }

    /** Remembers this event's order for the next event of {@code kind}, if it was new. */
    void learn(EventKind kind) {
      if (!tracking || kind == null || count == 0) {
        return;
      }
      if (seen != null) {
        LAST.set(kind.ordinal(), Arrays.copyOf(seen, count));
      } else if (predicted == null) {
        LAST.set(kind.ordinal(), new SerializedString[] {TYPE});
      } else if (predicted.length != count) {
        LAST.set(kind.ordinal(), Arrays.copyOf(predicted, count));
      }
    }

    private SerializedString guess(EventKind kind) {
      if (count == 0) {
        return TYPE;
      }
      if (kind == null || count >= MAX_FIELDS) {
        tracking = false;
        return null;
      }
      if (count == 1) {
        predicted = LAST.get(kind.ordinal());
      }
      return predicted != null && count < predicted.length ? predicted[count] : null;
    }

    private void record(String name, SerializedString guess) {
      boolean matched = guess != null && guess.getValue().equals(name);
      if (count == 0) {
        tracking = matched;
        return;
      }
      if (!matched && seen == null) {
        seen = new SerializedString[MAX_FIELDS];
        seen[0] = TYPE;
        for (int i = 1; i < count; i++) {
          seen[i] = predicted[i];
        }
      }
      if (seen != null) {
        seen[count] = matched ? guess : new SerializedString(name);
      }
    }
  }
}
