package dev.realtimeprofiles.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hand-written in the exact shape the processor generates for {@link SupportTools} (see the
 * tool-dispatch contract): a switch on the tool name, no reflection.
 */
final class SupportToolsToolDispatcher implements ToolDispatcher {
  private static final Set<String> TOOL_NAMES =
      Collections.unmodifiableSet(new TreeSet<>(Arrays.asList("escalate", "lookupOrder")));

  private final SupportTools tools;

  SupportToolsToolDispatcher(SupportTools tools) {
    this.tools = tools;
  }

  @Override
  public Set<String> toolNames() {
    return TOOL_NAMES;
  }

  @Override
  public String dispatch(ToolCall call) throws Exception {
    switch (call.name()) {
      case "escalate":
        tools.escalate(
            call.arguments().get("orderId", ArgumentType.of(String.class)),
            call.arguments().get("priority", ArgumentType.of(SupportTools.Priority.class)));
        return ToolResults.ofVoid();
      case "lookupOrder":
        return ToolResults.toJson(
            tools.lookupOrder(call.arguments().get("orderId", ArgumentType.of(String.class))));
      default:
        throw ToolCallException.unknownTool(call.name(), toolNames());
    }
  }
}
