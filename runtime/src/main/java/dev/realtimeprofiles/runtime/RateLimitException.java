package dev.realtimeprofiles.runtime;

/** HTTP 429. Too many requests or tokens; retried automatically first, honouring {@code Retry-After}. */
public final class RateLimitException extends RealtimeApiException {

  private static final long serialVersionUID = 1L;

  RateLimitException(ErrorDetails details) {
    super(details);
  }
}
