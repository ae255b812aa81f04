package dev.realtimeprofiles.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.realtimeprofiles.runtime.internal.json.ToolJson;

/** Turns what a tool method returned into the JSON text sent back to the model. */
public final class ToolResults {
  private static final String VOID_OUTPUT = "{\"ok\":true}";

  private ToolResults() {}

  /**
   * {@code value} as JSON (records, enums, collections, maps, {@code Optional}).
   *
   * @throws ToolCallException if Jackson cannot serialise it
   */
  public static String toJson(Object value) {
    try {
      return ToolJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new ToolCallException("the tool's result could not be written as JSON: "
          + e.getOriginalMessage());
    }
  }

  /** The output of a {@code void} tool method: {@code {"ok":true}}. */
  public static String ofVoid() {
    return VOID_OUTPUT;
  }
}
