package dev.realtimeprofiles.runtime.event;

import dev.realtimeprofiles.runtime.ToolCall;
import java.util.List;

/**
 * {@code response.done}: a response ended, whatever its outcome; check {@link #status()}.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response's id
 * @param status {@code completed}, {@code cancelled}, {@code failed} or {@code incomplete}
 * @param usage the tokens the response used, or {@code null} if the server sent none
 * @param toolCalls the {@code function_call} items of the response's output, in order
 * @param responseJson the whole {@code response} object as JSON text
 */
public record ResponseDone(
    String type,
    String eventId,
    String responseId,
    String status,
    Usage usage,
    List<ToolCall> toolCalls,
    String responseJson)
    implements ServerEvent {

  /** Copies {@code toolCalls}, so the record stays immutable. */
  public ResponseDone {
    toolCalls = List.copyOf(toolCalls);
  }

  /** Whether the response completed (rather than being cancelled, failing or running short). */
  public boolean isCompleted() {
    return "completed".equals(status);
  }

  /**
   * Tokens used by a response.
   *
   * @param totalTokens input plus output tokens
   * @param inputTokens tokens read, text and audio
   * @param outputTokens tokens written, text and audio
   */
  public record Usage(int totalTokens, int inputTokens, int outputTokens) {}
}
