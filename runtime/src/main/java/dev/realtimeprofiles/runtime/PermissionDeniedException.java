package dev.realtimeprofiles.runtime;

/** HTTP 403. The key may not use this model, project or organization. */
public final class PermissionDeniedException extends RealtimeApiException {

  private static final long serialVersionUID = 1L;

  PermissionDeniedException(ErrorDetails details) {
    super(details);
  }
}
