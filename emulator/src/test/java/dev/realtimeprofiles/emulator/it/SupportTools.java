package dev.realtimeprofiles.emulator.it;

import dev.realtimeprofiles.runtime.ArgumentType;
import dev.realtimeprofiles.runtime.ToolCall;
import dev.realtimeprofiles.runtime.ToolCallException;
import dev.realtimeprofiles.runtime.ToolDispatcher;
import dev.realtimeprofiles.runtime.ToolResults;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A profile's tools and the dispatcher the processor would generate for them, written by hand in
 * the shape of the tool-dispatch contract: a switch on the name, no reflection.
 */
final class SupportTools {
  record OrderStatus(String orderId, String status) {}

  final List<String> calls = new CopyOnWriteArrayList<>();

  OrderStatus lookupOrder(String orderId) {
    calls.add("lookupOrder " + orderId);
    return new OrderStatus(orderId, "shipped");
  }

  void cancelOrder(String orderId) {
    calls.add("cancelOrder " + orderId);
    throw new IllegalStateException("the order system is down (secret detail " + orderId + ")");
  }

  /** What generated code would be: {@code SupportToolsToolDispatcher}. */
  static final class Dispatcher implements ToolDispatcher {
    private static final Set<String> NAMES = new TreeSet<>(Set.of("cancelOrder", "lookupOrder"));
    private final SupportTools tools;

    Dispatcher(SupportTools tools) {
      this.tools = tools;
    }

    @Override
    public Set<String> toolNames() {
      return NAMES;
    }

    @Override
    public String dispatch(ToolCall call) throws Exception {
      switch (call.name()) {
        case "lookupOrder":
          return ToolResults.toJson(
              tools.lookupOrder(call.arguments().get("orderId", ArgumentType.of(String.class))));
        case "cancelOrder":
          tools.cancelOrder(call.arguments().get("orderId", ArgumentType.of(String.class)));
          return ToolResults.ofVoid();
        default:
          throw ToolCallException.unknownTool(call.name(), toolNames());
      }
    }
  }
}
