package dev.realtimeprofiles.runtime;

/**
 * No answer from the server: an HTTP call that got no response after every retry (connection
 * refused or dropped, a timeout), or a WebSocket that failed, was closed, or did not answer in
 * time. {@link #statusCode()} is 0.
 */
public final class RealtimeConnectionException extends RealtimeException {

  private static final long serialVersionUID = 1L;

  RealtimeConnectionException(String message, Throwable cause) {
    super(message, cause, 0, null, null, null, null);
  }
}
