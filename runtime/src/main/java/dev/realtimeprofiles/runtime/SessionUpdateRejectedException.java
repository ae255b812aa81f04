package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.runtime.event.ErrorEvent;

/**
 * The server answered a {@code session.update} with an {@code error}: the session kept its
 * previous configuration (at connect time, the server's defaults), so the connection refuses to
 * go on silently. {@link #param()} names the field at fault, e.g. {@code session.audio.output.voice}.
 */
public final class SessionUpdateRejectedException extends RealtimeException {

  private static final long serialVersionUID = 1L;

  private final String clientEventId;

  SessionUpdateRejectedException(String message, ErrorEvent error) {
    super(message, null, 0, error.errorType(), error.param(), error.code(), null);
    this.clientEventId = error.clientEventId();
  }

  /** The {@code event_id} of the rejected {@code session.update}. */
  public String clientEventId() {
    return clientEventId;
  }
}
