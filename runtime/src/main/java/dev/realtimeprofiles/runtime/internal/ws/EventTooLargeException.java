package dev.realtimeprofiles.runtime.internal.ws;

/**
 * A server event longer than {@link ServerEventParser#MAX_EVENT_CHARS}: it is not parsed, and the
 * connection reports it as a failure instead of passing on a truncated or empty event. The message
 * holds the sizes only, never the event's text (which may hold secrets). Not API.
 */
public final class EventTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param size the event's length in chars
   * @param limit the largest length parsed
   */
  public EventTooLargeException(int size, int limit) {
    super("server event of " + size + " chars is over the limit of " + limit + " chars");
  }
}
