package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import java.util.List;
import java.util.regex.Pattern;

/** Validates JSON against one of the spec's schemas and answers the first violation as an error. */
final class SchemaCheck {
  private SchemaCheck() {}

  /**
   * Where the spec says {@code oneOf} but means {@code anyOf} (like {@code response.conversation}:
   * any string, or one of {@code "auto"}, {@code "none"}), a value matching two branches is
   * reported as "N are valid". The API accepts such values, so the emulator ignores that report.
   */
  private static final Pattern AMBIGUOUS_ONE_OF =
      Pattern.compile("must be valid to one and only one schema, but (?:[2-9]|\\d{2,}) are valid");

  /** The first violation of {@code schemaName}, or {@code null} when {@code json} is valid. */
  static ApiError check(String schemaName, JsonNode json) {
    List<String> violations = RealtimeSchemas.bundled().validate(schemaName, json).stream()
        .filter(violation -> !AMBIGUOUS_ONE_OF.matcher(violation).find())
        .toList();
    if (violations.isEmpty()) {
      return null;
    }
    String first = violations.get(0);
    int colon = first.indexOf(": ");
    String location = colon < 0 ? "" : first.substring(0, colon);
    String message = colon < 0 ? first : first.substring(colon + 2);
    String param = param(location);
    return ApiError.invalidRequest(
        "Invalid '" + (param == null ? "body" : param) + "': " + message, param, "invalid_value");
  }

  /** {@code $.a.b[0].c} or {@code /a/b/0/c} as the dotted path {@code a.b[0].c}; null for the root. */
  static String param(String location) {
    String path = location.trim();
    if (path.startsWith("$")) {
      path = path.substring(1);
      if (path.startsWith(".")) {
        path = path.substring(1);
      }
    } else if (path.startsWith("/")) {
      StringBuilder dotted = new StringBuilder();
      for (String segment : path.substring(1).split("/", -1)) {
        if (segment.isEmpty()) {
          continue;
        }
        if (segment.chars().allMatch(Character::isDigit)) {
          dotted.append('[').append(segment).append(']');
        } else {
          dotted.append(dotted.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
        }
      }
      path = dotted.toString();
    }
    return path.isEmpty() ? null : path;
  }
}
