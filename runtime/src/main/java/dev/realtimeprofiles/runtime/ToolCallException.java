package dev.realtimeprofiles.runtime;

import java.util.Set;

/**
 * A function call that could not be run: an unknown tool, or arguments that don't convert. The
 * message is meant for the model (it is sent back as the call's error output), so it names what
 * was wrong and never carries secrets.
 */
public class ToolCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public ToolCallException(String message) {
    super(message);
  }

  /** The model called {@code name}, which is none of {@code known}. */
  public static ToolCallException unknownTool(String name, Set<String> known) {
    return new ToolCallException("unknown tool " + name + "; the tools are " + known);
  }
}
