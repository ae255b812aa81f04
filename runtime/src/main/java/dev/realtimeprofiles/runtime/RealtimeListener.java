package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.ServerEvent;

/**
 * Receives what happens on a {@link RealtimeConnection}; every method does nothing unless
 * overridden, so implement only what you need. The Java form of the seed's {@code stream_to}.
 *
 * <p>Threads: {@link #onEvent}, {@link #onTextDelta}, {@link #onError} and {@link #onToolCall}
 * run on the connection's reader thread, in the order the server sent the events; keep them short
 * and don't block (hand audio to a player queue, for example). {@link #onToolError} runs on the
 * connection's tool thread; {@link #onReconnecting} and {@link #onReconnected} on a reader or the
 * connections' timer thread. {@link #onClosed} or {@link #onFailure} is called exactly once, last.
 * An exception thrown by a method (or an {@code AssertionError}, {@code LinkageError} or {@code
 * StackOverflowError}) is logged and otherwise ignored: it never closes the connection.
 */
public interface RealtimeListener {

  /** Every server event, modelled or not ({@link dev.realtimeprofiles.runtime.event.UnknownEvent}). */
  default void onEvent(ServerEvent event) {}

  /** A piece of a text answer (GA {@code response.output_text.delta}, beta {@code response.text.delta}). */
  default void onTextDelta(String delta) {}

  /**
   * An {@code error} event. The session usually stays open; an error answering a {@code
   * session.update} also makes {@code connect}/{@code updateSession} throw.
   */
  default void onError(ErrorEvent error) {}

  /**
   * The model called a function: one call per {@code function_call} item of a completed {@code
   * response.done}. With a {@link ToolDispatcher}, the connection then runs it and answers the
   * model; without one, answer with {@link RealtimeConnection#sendFunctionCallOutput} and {@link
   * RealtimeConnection#createResponse}.
   */
  default void onToolCall(ToolCall call) {}

  /**
   * A tool call failed: unknown tool, arguments that don't convert ({@link ToolCallException}), or
   * an exception from the tool method. The model has been answered with an error output and the
   * connection stays open.
   */
  default void onToolError(ToolCall call, Throwable error) {}

  /**
   * The connection dropped and, under its {@link ReconnectPolicy}, is about to try attempt {@code
   * attempt} (from 1) of opening a new session. Sends made until {@link #onReconnected} are
   * queued, not lost; {@code awaitEvent} keeps waiting.
   *
   * @param cause why the previous session ended (or the previous attempt failed)
   */
  default void onReconnecting(int attempt, RealtimeException cause) {}

  /**
   * The connection runs on a new session: configured as before, the conversation re-created, the
   * sends of the outage delivered. Also called after a planned {@link ReconnectPolicy#renewAfter}
   * handover ({@link ReconnectReport#renewal()}), which has no {@link #onReconnecting} before it.
   */
  default void onReconnected(ReconnectReport report) {}

  /**
   * The connection closed cleanly: after {@link RealtimeConnection#close()}, or the server closed
   * with 1000 (normal) or 1001 (going away, e.g. the session cap) and no {@link ReconnectPolicy}
   * brought it back. Never called for a connection whose handshake did not complete.
   */
  default void onClosed(int code, String reason) {}

  /**
   * The connection ended abnormally, with the failure a waiting caller ({@code connect}, {@code
   * awaitEvent}, {@code updateSession}) sees too: the network dropped or the peer stopped answering
   * pings (and no reconnect brought it back), the handshake failed or timed out, the server closed
   * with a code other than 1000 and 1001, sent a binary frame or an oversized event ({@link
   * RealtimeConnectionException#kind()} says which), or rejected the first {@code session.update}
   * ({@link SessionUpdateRejectedException}). When the handshake was answered with an error
   * status, the {@link RealtimeApiException} of that status (e.g. {@link AuthenticationException}).
   */
  default void onFailure(RealtimeException failure) {}
}
