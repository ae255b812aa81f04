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
 * connection's tool thread. {@link #onClosed} or {@link #onFailure} is called exactly once, last.
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
   * The connection closed cleanly: after {@link RealtimeConnection#close()} or a close frame from
   * the server (except code 4000, which is a {@link #onFailure failure}).
   */
  default void onClosed(int code, String reason) {}

  /**
   * The connection ended abnormally: the network dropped, the handshake failed, or the server shut
   * the beta WebSocket down (close code 4000). A {@link RealtimeConnectionException}, or, when
   * the handshake was answered with an error status, the {@link RealtimeApiException} of that
   * status (e.g. {@link AuthenticationException} for 401).
   */
  default void onFailure(RealtimeException failure) {}
}
