package dev.realtimeprofiles.runtime;

/**
 * The server answered, but not with a session: an error status (subclasses name the common ones)
 * or a body that is not the expected JSON. {@link #statusCode()} is always set.
 */
public class RealtimeApiException extends RealtimeException {

  private static final long serialVersionUID = 1L;

  RealtimeApiException(ErrorDetails details) {
    super(
        details.message(),
        details.cause(),
        details.statusCode(),
        details.type(),
        details.param(),
        details.code(),
        details.requestId());
  }
}
