package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.processor.model.Attr;
import dev.realtimeprofiles.processor.model.Location;
import java.util.ArrayList;
import java.util.List;

/** All problems of one profile, in the order the rules found them. Immutable. */
public record ValidationReport(List<Problem> problems) {

  public ValidationReport {
    problems = List.copyOf(problems);
  }

  /** Whether the profile may be generated: no problem is an error. */
  public boolean isClean() {
    return problems.stream().noneMatch(Problem::isError);
  }

  /** Collects problems while rules run. */
  public static final class Builder {
    private final List<Problem> problems = new ArrayList<>();

    /** Adds {@code message} formatted with {@code args}, at {@code location}. */
    public Builder report(Message message, Location location, Object... args) {
      problems.add(new Problem(message, message.format(args), location));
      return this;
    }

    /** Adds {@code message} on the attribute's written value (or its annotation). */
    public Builder report(Message message, Attr<?> attr, Object... args) {
      return report(message, Location.of(attr), args);
    }

    public ValidationReport build() {
      return new ValidationReport(problems);
    }
  }
}
