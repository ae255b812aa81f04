package dev.realtimeprofiles.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The instructions of a record profile split into literal text and {@code {name}} placeholders;
 * {@code {{} and {@code }}} stand for literal braces.
 *
 * @param segments literal text and placeholders in order (adjacent literals merged)
 * @param error the first unbalanced brace, if any (then {@code segments} is incomplete)
 */
public record InstructionsTemplate(List<Segment> segments, Optional<Unbalanced> error) {

  public InstructionsTemplate {
    segments = List.copyOf(segments);
  }

  /** Literal text or a placeholder. */
  public sealed interface Segment {}

  /** Text sent as is (braces already unescaped). */
  public record Literal(String text) implements Segment {}

  /** {@code {name}}: replaced by the record component {@code name}. */
  public record Placeholder(String name) implements Segment {}

  /** A brace with no partner: the character and its index in the instructions. */
  public record Unbalanced(char brace, int index) {}

  /** The placeholder names in order of first appearance. */
  public List<String> placeholders() {
    List<String> names = new ArrayList<>();
    for (Segment s : segments) {
      if (s instanceof Placeholder p && !names.contains(p.name())) {
        names.add(p.name());
      }
    }
    return names;
  }

  /** Parses {@code text}. */
  public static InstructionsTemplate parse(String text) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == c;
      if ((c == '{' || c == '}') && doubled) {
        literal.append(c);
        i += 2;
      } else if (c == '}') {
        return new InstructionsTemplate(segments, Optional.of(new Unbalanced('}', i)));
      } else if (c == '{') {
        int close = text.indexOf('}', i + 1);
        int nextOpen = text.indexOf('{', i + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
          return new InstructionsTemplate(segments, Optional.of(new Unbalanced('{', i)));
        }
        if (literal.length() > 0) {
          segments.add(new Literal(literal.toString()));
          literal.setLength(0);
        }
        segments.add(new Placeholder(text.substring(i + 1, close)));
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    if (literal.length() > 0) {
      segments.add(new Literal(literal.toString()));
    }
    return new InstructionsTemplate(segments, Optional.empty());
  }
}
