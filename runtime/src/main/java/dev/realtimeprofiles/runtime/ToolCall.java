package dev.realtimeprofiles.runtime;

import java.util.Objects;

/** One function call the model made: the tool's name, the call's id and its JSON arguments. */
public final class ToolCall {
  private final String name;
  private final String callId;
  private final String argumentsJson;
  private ToolArguments arguments;

  private ToolCall(String name, String callId, String argumentsJson) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.callId = Objects.requireNonNull(callId, "callId == null");
    this.argumentsJson = Objects.requireNonNull(argumentsJson, "argumentsJson == null");
  }

  /** A call of tool {@code name} with id {@code callId} and the arguments as the model sent them. */
  public static ToolCall of(String name, String callId, String argumentsJson) {
    return new ToolCall(name, callId, argumentsJson);
  }

  /** The tool's name as the model called it. */
  public String name() {
    return name;
  }

  /** The call's id, which the output must quote. */
  public String callId() {
    return callId;
  }

  /** The arguments as the model sent them: JSON text, not necessarily valid. */
  public String argumentsJson() {
    return argumentsJson;
  }

  /**
   * The arguments, parsed on first use.
   *
   * @throws ToolCallException if they are not a JSON object
   */
  public synchronized ToolArguments arguments() {
    if (arguments == null) {
      arguments = ToolArguments.parse(name, argumentsJson);
    }
    return arguments;
  }

  @Override
  public String toString() {
    return "ToolCall{name=" + name + ", callId=" + callId + ", arguments=" + argumentsJson + "}";
  }
}
