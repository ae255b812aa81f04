package dev.realtimeprofiles.runtime;

import java.util.Set;

/**
 * Runs the model's function calls against a tools object. The processor generates one per profile
 * interface with {@code @Tool} methods: a plain {@code switch} on the tool name, no reflection.
 *
 * <p>A connection calls it off the WebSocket's reader thread and sends what it returns back to the
 * model as the call's {@code function_call_output}.
 */
public interface ToolDispatcher {

  /** The tool names this dispatcher answers, sorted. */
  Set<String> toolNames();

  /**
   * Runs one function call and returns the JSON text sent back as the call's output.
   *
   * @throws ToolCallException for an unknown tool or arguments that don't convert
   * @throws Exception whatever the user's method throws; the connection answers the model with an
   *     error output, tells the listener, and stays up
   */
  String dispatch(ToolCall call) throws Exception;
}
