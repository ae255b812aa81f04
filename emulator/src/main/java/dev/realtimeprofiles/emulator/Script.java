package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * What the emulator's "model" answers: a table from a user's text to a reply, so that responses
 * are deterministic and a test can stage a function call.
 *
 * <p>A user message matches an entry when its text equals the entry's text after trimming. A
 * message that matches nothing is answered {@code "You said: <text>"}. After the client sends a
 * tool's output ({@code function_call_output}) and asks for a response, the answer is {@code "Tool
 * <name> said: <output>"}. Committed input audio is heard as {@link #transcribeAudioAs the
 * transcript} (default {@value #DEFAULT_TRANSCRIPT}), which is then matched like typed text.
 *
 * <p>It also scripts the failures a client must survive: {@link #failNext} refuses a client event
 * with an {@code error} event, {@link #rateLimitRestCalls} answers REST calls 429 with {@code
 * Retry-After}.
 *
 * <p>Thread-safe: a test may script while connections are open; a response uses the script as it is
 * when the response starts.
 */
public final class Script {
  /** What committed input audio is transcribed as unless a test says otherwise. */
  public static final String DEFAULT_TRANSCRIPT = "Hello from the emulator.";

  private static final Pattern TOOL_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

  private final Map<String, Reply> replies = new ConcurrentHashMap<>();
  private final Map<String, Queue<ScriptedError>> failures = new ConcurrentHashMap<>();
  private final AtomicInteger rateLimited = new AtomicInteger();
  private volatile Duration retryAfter = Duration.ofSeconds(1);
  private volatile String transcript = DEFAULT_TRANSCRIPT;

  Script() {}

  /** Answers {@code userText} with {@code replyText}. */
  public Script reply(String userText, String replyText) {
    Objects.requireNonNull(replyText, "replyText == null");
    replies.put(key(userText), new Reply.Text(replyText));
    return this;
  }

  /**
   * Answers {@code userText} with a call of tool {@code toolName} with {@code argumentsJson}, when
   * the session declares that tool (otherwise the answer is a text saying it does not).
   *
   * @throws IllegalArgumentException if the name is not a valid tool name or the arguments are not
   *     a JSON object
   */
  public Script callTool(String userText, String toolName, String argumentsJson) {
    Objects.requireNonNull(toolName, "toolName == null");
    Objects.requireNonNull(argumentsJson, "argumentsJson == null");
    if (!TOOL_NAME.matcher(toolName).matches()) {
      throw new IllegalArgumentException("tool name must match ^[a-zA-Z0-9_-]{1,64}$: " + toolName);
    }
    JsonNode arguments;
    try {
      arguments = Json.parse(argumentsJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("argumentsJson is not JSON: " + e.getOriginalMessage(), e);
    }
    if (!arguments.isObject()) {
      throw new IllegalArgumentException("argumentsJson must be a JSON object: " + argumentsJson);
    }
    replies.put(key(userText), new Reply.ToolCall(toolName, argumentsJson));
    return this;
  }

  /** Makes committed input audio be transcribed as {@code transcript}. */
  public Script transcribeAudioAs(String transcript) {
    this.transcript = Objects.requireNonNull(transcript, "transcript == null");
    return this;
  }

  /**
   * Refuses the next client event of {@code clientEventType} (on any connection) with {@code error}
   * instead of handling it; the error carries that event's {@code event_id}. Calls queue up: two
   * calls refuse the next two such events.
   */
  public Script failNext(String clientEventType, ScriptedError error) {
    Objects.requireNonNull(clientEventType, "clientEventType == null");
    Objects.requireNonNull(error, "error == null");
    failures.computeIfAbsent(clientEventType, type -> new ConcurrentLinkedQueue<>()).add(error);
    return this;
  }

  /**
   * Answers the next {@code calls} REST calls (client secrets, sessions) with the API's 429
   * {@code rate_limit_exceeded}, carrying {@code Retry-After} (whole seconds, rounded up) and
   * {@code retry-after-ms}.
   *
   * @throws IllegalArgumentException if {@code calls} is negative or {@code retryAfter} negative or
   *     longer than an hour
   */
  public Script rateLimitRestCalls(int calls, Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter == null");
    if (calls < 0) {
      throw new IllegalArgumentException("calls must be >= 0: " + calls);
    }
    if (retryAfter.isNegative() || retryAfter.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("retryAfter must be in [0, 1h]: " + retryAfter);
    }
    this.retryAfter = retryAfter;
    rateLimited.set(calls);
    return this;
  }

  /** Forgets every entry, failure and rate limit, and the transcript. */
  public Script clear() {
    replies.clear();
    failures.clear();
    rateLimited.set(0);
    transcript = DEFAULT_TRANSCRIPT;
    return this;
  }

  /** The scripted failure for a client event of {@code type}, consumed; null when none. */
  ScriptedError takeFailure(String type) {
    Queue<ScriptedError> queue = failures.get(type);
    return queue == null ? null : queue.poll();
  }

  /** How long to tell the client to wait when this REST call is rate limited; null when it is not. */
  Duration takeRateLimit() {
    return rateLimited.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? retryAfter : null;
  }

  Reply replyTo(String userText) {
    Reply reply = replies.get(userText.trim());
    return reply != null ? reply : new Reply.Text("You said: " + userText.trim());
  }

  String transcript() {
    return transcript;
  }

  private static String key(String userText) {
    return Objects.requireNonNull(userText, "userText == null").trim();
  }

  /** One scripted answer. */
  sealed interface Reply {
    record Text(String text) implements Reply {}

    record ToolCall(String name, String arguments) implements Reply {}
  }
}
