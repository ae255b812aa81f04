package dev.realtimeprofiles.runtime;

/** HTTP 422. The request was well-formed but could not be processed. */
public final class UnprocessableEntityException extends RealtimeApiException {

  private static final long serialVersionUID = 1L;

  UnprocessableEntityException(ErrorDetails details) {
    super(details);
  }
}
