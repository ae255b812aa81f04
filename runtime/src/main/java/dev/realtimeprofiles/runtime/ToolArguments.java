package dev.realtimeprofiles.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.runtime.internal.json.ToolJson;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON object of a function call's arguments, converted on demand to the tool method's
 * parameter types. Generated dispatchers call it; a conversion failure is a
 * {@link ToolCallException} whose message is safe to send back to the model.
 */
public final class ToolArguments {
  private final String toolName;
  private final ObjectNode object;

  private ToolArguments(String toolName, ObjectNode object) {
    this.toolName = toolName;
    this.object = object;
  }

  static ToolArguments parse(String toolName, String json) {
    JsonNode node;
    try {
      node = ToolJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new ToolCallException(
          "arguments of " + toolName + " are not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new ToolCallException("arguments of " + toolName + " must be a JSON object");
    }
    return new ToolArguments(toolName, (ObjectNode) node);
  }

  /**
   * The argument {@code name} as {@code type}.
   *
   * @throws ToolCallException if it is missing, null, or does not convert
   */
  public <T> T get(String name, ArgumentType<T> type) {
    T value = getOrNull(name, type);
    if (value == null) {
      throw new ToolCallException(
          "argument " + name + " of " + toolName + " is required but was missing");
    }
    return value;
  }

  /** The argument {@code name} as {@code type}, or empty when missing or null. */
  public <T> Optional<T> getOptional(String name, ArgumentType<T> type) {
    return Optional.ofNullable(getOrNull(name, type));
  }

  /** The argument {@code name} as {@code type}, or {@code null} when missing or null. */
  public <T> T getOrNull(String name, ArgumentType<T> type) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    JsonNode node = object.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    JavaType javaType = ToolJson.mapper().getTypeFactory().constructType(type.type());
    try {
      return ToolJson.mapper().readerFor(javaType).readValue(node);
    } catch (IOException | IllegalArgumentException e) {
      throw new ToolCallException(
          "argument " + name + " of " + toolName + " is not a valid " + javaType.toCanonical()
              + ": " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable value";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  @Override
  public String toString() {
    return object.toString();
  }
}
