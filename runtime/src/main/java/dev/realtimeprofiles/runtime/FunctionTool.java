package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.runtime.internal.json.JsonObjects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A function the model may call. {@link #parameters()} is the function's JSON Schema as the text
 * of a JSON object, so generated code can pass a compile-time constant without building a tree.
 */
@Value.Immutable
@ValueStyle
public abstract class FunctionTool implements WithFunctionTool {

  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  FunctionTool() {}

  /** The name the model calls, matching {@code ^[a-zA-Z0-9_-]{1,64}$}. */
  public abstract String name();

  /** What the function does and when to call it. */
  public abstract Optional<String> description();

  /** The JSON Schema of the arguments, a JSON object such as {@code {"type":"object",...}}. */
  public abstract Optional<String> parameters();

  /** A new builder; {@link Builder#name(String)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (!NAME.matcher(name()).matches()) {
      throw new IllegalArgumentException(
          "tool name must match ^[a-zA-Z0-9_-]{1,64}$, was \"" + name() + "\"");
    }
    parameters().ifPresent(p -> JsonObjects.parseObject(p, "parameters of tool " + name()));
  }

  /** Builds a {@link FunctionTool}. */
  public static final class Builder extends ImmutableFunctionTool.Builder {
    Builder() {}
  }
}
