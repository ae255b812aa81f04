package dev.realtimeprofiles.processor.model;

/**
 * An annotation value javac could not attribute (e.g. {@code voice = Voice.FOO}), or a
 * superinterface not resolved yet (perhaps a profile generated in a later round; the message is
 * its name): the processor defers the profile instead of reading it without what it inherits.
 */
public final class UnreadableProfileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableProfileException(String message) {
    super(message);
  }
}
