package dev.realtimeprofiles.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * How the model picks tools: one of the modes {@link #AUTO}, {@link #NONE}, {@link #REQUIRED},
 * or {@link #function(String)} to force one function. A separate type rather than a string so a
 * function named {@code auto} cannot be mistaken for the mode.
 */
public final class ToolChoice {

  /** The model decides whether to call tools (the server's default). */
  public static final ToolChoice AUTO = new ToolChoice("auto", null);

  /** The model calls no tool. */
  public static final ToolChoice NONE = new ToolChoice("none", null);

  /** The model must call at least one tool. */
  public static final ToolChoice REQUIRED = new ToolChoice("required", null);

  private final String mode;
  private final String functionName;

  private ToolChoice(String mode, String functionName) {
    this.mode = mode;
    this.functionName = functionName;
  }

  /** Forces the model to call the function {@code name}. */
  public static ToolChoice function(String name) {
    Objects.requireNonNull(name, "name == null");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("function name is empty");
    }
    return new ToolChoice(null, name);
  }

  /**
   * The choice for an annotation's {@code toolChoice} string: {@code auto}, {@code none},
   * {@code required}, or else the name of a function.
   */
  public static ToolChoice of(String value) {
    Objects.requireNonNull(value, "value == null");
    switch (value) {
      case "auto":
        return AUTO;
      case "none":
        return NONE;
      case "required":
        return REQUIRED;
      default:
        return function(value);
    }
  }

  /** {@code auto}, {@code none} or {@code required}; empty for a forced function. */
  public Optional<String> mode() {
    return Optional.ofNullable(mode);
  }

  /** The forced function's name; empty for a mode. */
  public Optional<String> functionName() {
    return Optional.ofNullable(functionName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ToolChoice
        && Objects.equals(mode, ((ToolChoice) o).mode)
        && Objects.equals(functionName, ((ToolChoice) o).functionName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, functionName);
  }

  @Override
  public String toString() {
    return mode != null ? mode : "function:" + functionName;
  }
}
