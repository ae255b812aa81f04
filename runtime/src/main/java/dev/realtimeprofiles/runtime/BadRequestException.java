package dev.realtimeprofiles.runtime;

/** HTTP 400. The request was malformed or a value was rejected; {@link #param()} names the field. */
public final class BadRequestException extends RealtimeApiException {

  private static final long serialVersionUID = 1L;

  BadRequestException(ErrorDetails details) {
    super(details);
  }
}
