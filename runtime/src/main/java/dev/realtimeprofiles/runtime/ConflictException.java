package dev.realtimeprofiles.runtime;

/** HTTP 409. The request conflicts with another one in flight; retried automatically first. */
public final class ConflictException extends RealtimeApiException {

  private static final long serialVersionUID = 1L;

  ConflictException(ErrorDetails details) {
    super(details);
  }
}
