package dev.realtimeprofiles.processor.validate;

import java.util.List;
import java.util.stream.Collectors;

/** How values appear in messages: as the user would write them in Java. */
final class Texts {
  private Texts() {}

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        default:
          b.append(c);
      }
    }
    return b.append('"').toString();
  }

  static String braces(List<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "{", "}"));
  }

  static String list(List<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
  }
}
