package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.TextDelta;
import dev.realtimeprofiles.runtime.internal.http.Redactor;
import java.util.function.Consumer;

/**
 * Calls the user's {@link RealtimeListener}: one method per happening, each guarded so that a
 * throwing listener never ends a reader, tool or timer thread. Events reach it already redacted
 * (the connection redacts the raw text before parsing it). Part of {@link RealtimeConnection}.
 */
final class ListenerFanout {
  private static final System.Logger LOG = System.getLogger(RealtimeConnection.class.getName());

  private final RealtimeListener listener;
  private final Redactor redactor;

  ListenerFanout(RealtimeListener listener, Redactor redactor) {
    this.listener = listener;
    this.redactor = redactor;
  }

  /** {@code onEvent}, then the typed shortcut if any: {@code onTextDelta} or {@code onError}. */
  void event(ServerEvent event) {
    call("onEvent", l -> l.onEvent(event));
    if (event instanceof TextDelta) {
      call("onTextDelta", l -> l.onTextDelta(((TextDelta) event).delta()));
    } else if (event instanceof ErrorEvent) {
      call("onError", l -> l.onError((ErrorEvent) event));
    }
  }

  void toolCall(ToolCall call) {
    call("onToolCall", l -> l.onToolCall(call));
  }

  void toolError(ToolCall call, Throwable error) {
    call("onToolError", l -> l.onToolError(call, error));
  }

  void reconnecting(int attempt, RealtimeException cause) {
    call("onReconnecting", l -> l.onReconnecting(attempt, cause));
  }

  void reconnected(ReconnectReport report) {
    call("onReconnected", l -> l.onReconnected(report));
  }

  void closed(int code, String reason) {
    String safeReason = redactor.redact(reason);
    call("onClosed", l -> l.onClosed(code, safeReason));
  }

  void failure(RealtimeException failure) {
    call("onFailure", l -> l.onFailure(failure));
  }

  private void call(String method, Consumer<RealtimeListener> call) {
    try {
      call.accept(listener);
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      // The errors a listener can cause too (a test's failed assertion): let through, they would
      // end the reader thread unnoticed, and connect and every await would time out.
      LOG.log(
          System.Logger.Level.WARNING,
          "RealtimeListener." + method + " threw " + e.getClass().getName() + ": "
              + redactor.redact(e.getMessage()));
    }
  }
}
