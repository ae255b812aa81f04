package dev.realtimeprofiles.processor.model;

/**
 * An annotation value javac could not attribute (e.g. {@code voice = Voice.FOO}): javac reports
 * that itself, so the processor defers the profile instead of adding a second error.
 */
public final class UnreadableProfileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableProfileException(String message) {
    super(message);
  }
}
