package dev.realtimeprofiles.runtime;

/** No response arrived: connection refused or dropped, or a timeout, after every retry. */
public final class RealtimeConnectionException extends RealtimeException {

  private static final long serialVersionUID = 1L;

  RealtimeConnectionException(String message, Throwable cause) {
    super(message, cause, 0, null, null, null, null);
  }
}
