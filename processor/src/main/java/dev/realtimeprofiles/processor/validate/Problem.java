package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.processor.model.Location;

/** One finding: which message, its text, and where it goes. */
public record Problem(Message message, String text, Location location) {

  /** Whether this problem is an error (rather than a warning). */
  public boolean isError() {
    return message.kind() == javax.tools.Diagnostic.Kind.ERROR;
  }
}
