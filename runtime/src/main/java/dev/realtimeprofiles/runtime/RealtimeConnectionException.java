package dev.realtimeprofiles.runtime;

/**
 * No answer from the server: an HTTP call that got no response after every retry (connection
 * refused or dropped, a timeout), or a WebSocket that failed, was closed, or did not answer in
 * time. {@link #statusCode()} is 0; {@link #kind()} says which of these it was, so a caller can
 * branch without reading the message.
 */
public final class RealtimeConnectionException extends RealtimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong, for callers that branch on it. */
  public enum Kind {
    /** The network failed: refused, reset, dropped without a close frame. */
    NETWORK,
    /** A bounded wait ran out: the handshake, a {@code session.update} acknowledgement, an HTTP call. */
    TIMEOUT,
    /** The peer stopped answering pings: it is gone, though the socket never said so. */
    PING_TIMEOUT,
    /** The server closed the WebSocket with a code other than 1000 and 1001; see {@link #closeCode()}. */
    CLOSED_BY_SERVER,
    /** The server shut the beta WebSocket down (close code 4000). */
    BETA_SHUT_DOWN,
    /** The server sent a binary frame; the Realtime API speaks JSON text only. */
    BINARY_FRAME,
    /** The server sent an event larger than the client reads (see the connection's Javadoc). */
    EVENT_TOO_LARGE,
    /** The connection was closed, by the user or after a failure, before the call could finish. */
    CLOSED,
    /** Waiting was interrupted. */
    INTERRUPTED
  }

  private final Kind kind;
  private final int closeCode;

  RealtimeConnectionException(String message, Throwable cause) {
    this(Kind.NETWORK, message, cause, 0);
  }

  RealtimeConnectionException(Kind kind, String message, Throwable cause) {
    this(kind, message, cause, 0);
  }

  RealtimeConnectionException(Kind kind, String message, Throwable cause, int closeCode) {
    super(message, cause, 0, null, null, null, null);
    this.kind = kind;
    this.closeCode = closeCode;
  }

  /** Which failure this was. */
  public Kind kind() {
    return kind;
  }

  /** The WebSocket close code the server sent, or 0 if the failure was not a close frame. */
  public int closeCode() {
    return closeCode;
  }
}
