package dev.realtimeprofiles.runtime;

/** HTTP 5xx. The server failed; retried automatically first. */
public final class ServerException extends RealtimeApiException {

  private static final long serialVersionUID = 1L;

  ServerException(ErrorDetails details) {
    super(details);
  }
}
