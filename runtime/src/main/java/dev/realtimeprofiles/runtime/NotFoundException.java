package dev.realtimeprofiles.runtime;

/** HTTP 404. The endpoint or model does not exist for this key; check the base URL. */
public final class NotFoundException extends RealtimeApiException {

  private static final long serialVersionUID = 1L;

  NotFoundException(ErrorDetails details) {
    super(details);
  }
}
