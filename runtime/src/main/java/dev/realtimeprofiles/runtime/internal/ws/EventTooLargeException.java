package dev.realtimeprofiles.runtime.internal.ws;

/**
 * A server event longer than {@link ServerEventParser#MAX_EVENT_CHARS}: it is not parsed, and the
 * connection reports it as a failure instead of passing on a truncated or unknown event. Not API.
 */
public final class EventTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long size;
  private final long limit;

  public EventTooLargeException(long size, long limit) {
    super("server event of " + size + " chars is over the limit of " + limit + " chars");
    this.size = size;
    this.limit = limit;
  }

  /** The event's length in characters. */
  public long size() {
    return size;
  }

  /** The limit it broke. */
  public long limit() {
    return limit;
  }
}
