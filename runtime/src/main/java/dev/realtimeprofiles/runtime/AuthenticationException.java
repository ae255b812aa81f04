package dev.realtimeprofiles.runtime;

/** HTTP 401. The API key is missing, wrong or revoked. */
public final class AuthenticationException extends RealtimeApiException {

  private static final long serialVersionUID = 1L;

  AuthenticationException(ErrorDetails details) {
    super(details);
  }
}
