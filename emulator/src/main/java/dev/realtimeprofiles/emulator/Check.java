package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Small checks over a JSON tree that answer the first {@link ApiError}, or {@code null} when the
 * value is fine. A value of the wrong JSON type is reported here too, so the range checks never
 * guess; the schema check afterwards catches whatever these do not look at.
 */
final class Check {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  private Check() {}

  static String path(String parent, String child) {
    return parent.isEmpty() ? child : parent + "." + child;
  }

  /** The first field of {@code object} not in {@code allowed}, as an unknown parameter. */
  static ApiError onlyKeys(JsonNode object, String path, Set<String> allowed) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        return ApiError.unknownParameter(path(path, name));
      }
    }
    return null;
  }

  static ApiError object(JsonNode node, String path) {
    return node.isObject() ? null : ApiError.invalidType(path, "an object, but got " + Json.typeName(node));
  }

  static ApiError string(JsonNode node, String path) {
    return node.isTextual() ? null : ApiError.invalidType(path, "a string, but got " + Json.typeName(node));
  }

  static ApiError bool(JsonNode node, String path) {
    return node.isBoolean() ? null : ApiError.invalidType(path, "a boolean, but got " + Json.typeName(node));
  }

  static ApiError oneOf(JsonNode node, String path, Set<String> allowed) {
    ApiError type = string(node, path);
    if (type != null) {
      return type;
    }
    if (!allowed.contains(node.asText())) {
      return ApiError.invalidValue(
          path, "'" + node.asText() + "' is not supported. Supported values are: " + sorted(allowed) + ".");
    }
    return null;
  }

  static ApiError decimal(JsonNode node, String path, double min, double max) {
    if (!node.isNumber()) {
      return ApiError.invalidType(path, "a decimal, but got " + Json.typeName(node));
    }
    double value = node.asDouble();
    if (value < min) {
      return ApiError.belowMin(path, min, node.asText());
    }
    if (value > max) {
      return ApiError.aboveMax(path, max, node.asText());
    }
    return null;
  }

  static ApiError integer(JsonNode node, String path, long min, long max) {
    if (!node.isIntegralNumber()) {
      return ApiError.invalidType(path, "an integer, but got " + Json.typeName(node));
    }
    long value = node.asLong();
    if (value < min) {
      return ApiError.belowMin(path, min, node.asText());
    }
    if (value > max) {
      return ApiError.aboveMax(path, max, node.asText());
    }
    return null;
  }

  /** An integer in 1..4096 or the string {@code "inf"}. */
  static ApiError maxTokens(JsonNode node, String path) {
    if (node.isTextual()) {
      return node.asText().equals("inf")
          ? null
          : ApiError.invalidValue(path, "expected an integer in [1, 4096] or 'inf', got '" + node.asText() + "'.");
    }
    return integer(node, path, 1, 4096);
  }

  static ApiError language(JsonNode node, String path) {
    ApiError type = string(node, path);
    if (type != null) {
      return type;
    }
    return LANGUAGE.matcher(node.asText()).matches()
        ? null
        : ApiError.invalidValue(
            path, "expected an ISO-639-1 code of two lowercase letters (like 'en'), got '" + node.asText() + "'.");
  }

  private static String sorted(Set<String> values) {
    StringBuilder out = new StringBuilder();
    values.stream().sorted().forEach(v -> out.append(out.length() == 0 ? "" : ", ").append('\'').append(v).append('\''));
    return out.toString();
  }
}
