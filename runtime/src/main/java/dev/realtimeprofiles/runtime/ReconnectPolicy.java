package dev.realtimeprofiles.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether and how a {@link RealtimeConnection} comes back after a drop, with the session restored:
 * a new WebSocket, the profile's {@code session.update} applied again and acknowledged, the
 * conversation seen so far re-created in order, then the sends made meanwhile. Immutable; each
 * method returns a changed copy.
 *
 * <pre>{@code
 * RealtimeClient.builder().apiKey(key).reconnect(ReconnectPolicy.standard()).build();
 * ReconnectPolicy.standard().maxAttempts(8).maxReplayItems(200)
 *     .renewAfter(Duration.ofMinutes(55));   // sessions are capped at 60 min: hand over before
 * }</pre>
 *
 * <p>What counts as a drop: the network failing, a dead peer (no pong within the ping interval),
 * the server's close codes 1001 (going away, as at the session cap), 1006, 1011, 1012, 1013 and
 * 1014, and a handshake answered 408, 429 or 5xx. Never reconnected: {@link
 * RealtimeConnection#close()}, close code 1000 or any other code, a rejected handshake (401...),
 * a rejected {@code session.update}, binary frames and oversized events.
 */
public final class ReconnectPolicy {

  private static final ReconnectPolicy NONE =
      new ReconnectPolicy(0, Duration.ZERO, Duration.ZERO, false, 0, null);
  private static final ReconnectPolicy STANDARD =
      new ReconnectPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(8), true, 500, null);

  private final int maxAttempts;
  private final Duration initialDelay;
  private final Duration maxDelay;
  private final boolean replayConversation;
  private final int maxReplayItems;
  private final Duration renewAfter;

  private ReconnectPolicy(
      int maxAttempts,
      Duration initialDelay,
      Duration maxDelay,
      boolean replayConversation,
      int maxReplayItems,
      Duration renewAfter) {
    this.maxAttempts = maxAttempts;
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
    this.replayConversation = replayConversation;
    this.maxReplayItems = maxReplayItems;
    this.renewAfter = renewAfter;
  }

  /** Never reconnect: a drop ends the connection with {@link RealtimeListener#onFailure}. The default. */
  public static ReconnectPolicy none() {
    return NONE;
  }

  /**
   * 5 attempts, waiting 0.5 s before the first and doubling up to 8 s, each delay times a jitter of
   * {@code 1 - 0.25 * random} (as the SDKs' HTTP retries); the conversation replayed, its latest
   * 500 items at most; no renewal.
   */
  public static ReconnectPolicy standard() {
    return STANDARD;
  }

  /** At most {@code maxAttempts} reconnect handshakes per drop (0: never reconnect). */
  public ReconnectPolicy maxAttempts(int maxAttempts) {
    if (maxAttempts < 0) {
      throw new IllegalArgumentException("maxAttempts < 0: " + maxAttempts);
    }
    Duration initial = initialDelay.isZero() && maxAttempts > 0 ? STANDARD.initialDelay : initialDelay;
    Duration max = maxDelay.isZero() && maxAttempts > 0 ? STANDARD.maxDelay : maxDelay;
    return new ReconnectPolicy(
        maxAttempts, initial, max, replayConversation, maxReplayItems, renewAfter);
  }

  /** The delay before the first attempt, doubled for each next one up to {@code maxDelay}. */
  public ReconnectPolicy backoff(Duration initialDelay, Duration maxDelay) {
    Objects.requireNonNull(initialDelay, "initialDelay == null");
    Objects.requireNonNull(maxDelay, "maxDelay == null");
    if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException(
          "need 0 <= initialDelay <= maxDelay: " + initialDelay + ", " + maxDelay);
    }
    return new ReconnectPolicy(
        maxAttempts, initialDelay, maxDelay, replayConversation, maxReplayItems, renewAfter);
  }

  /**
   * Whether a new session is given the conversation seen so far ({@code true} in {@link
   * #standard()}); without it, only the session's configuration is restored.
   */
  public ReconnectPolicy replayConversation(boolean replayConversation) {
    return new ReconnectPolicy(
        maxAttempts, initialDelay, maxDelay, replayConversation, maxReplayItems, renewAfter);
  }

  /** The most items replayed, the latest ones; older ones are left out and counted as skipped. */
  public ReconnectPolicy maxReplayItems(int maxReplayItems) {
    if (maxReplayItems < 0) {
      throw new IllegalArgumentException("maxReplayItems < 0: " + maxReplayItems);
    }
    return new ReconnectPolicy(
        maxAttempts, initialDelay, maxDelay, replayConversation, maxReplayItems, renewAfter);
  }

  /**
   * Hands the conversation over to a fresh session once a session is {@code renewAfter} old, at
   * the next turn boundary (no response in progress, no tool running): the new session is opened
   * and restored while the old one still serves, then the old one is closed. The API ends a
   * session after 60 minutes; renewing at 55 lets a conversation outlive that cap.
   */
  public ReconnectPolicy renewAfter(Duration renewAfter) {
    Objects.requireNonNull(renewAfter, "renewAfter == null");
    if (renewAfter.isNegative() || renewAfter.isZero()) {
      throw new IllegalArgumentException("renewAfter must be positive: " + renewAfter);
    }
    return new ReconnectPolicy(
        maxAttempts, initialDelay, maxDelay, replayConversation, maxReplayItems, renewAfter);
  }

  /** The most reconnect handshakes per drop. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Whether the conversation is replayed. */
  public boolean replayConversation() {
    return replayConversation;
  }

  /** The most items replayed. */
  public int maxReplayItems() {
    return maxReplayItems;
  }

  /** When a session is handed over to a fresh one, if ever. */
  public Optional<Duration> renewAfter() {
    return Optional.ofNullable(renewAfter);
  }

  /** Whether the connection needs to keep the conversation (it replays it on some occasion). */
  boolean logsConversation() {
    return replayConversation && (maxAttempts > 0 || renewAfter != null);
  }

  /** The wait before attempt {@code attempt} (from 1), given {@code random} in [0, 1). */
  Duration delayBefore(int attempt, double random) {
    double base = initialDelay.toNanos() * Math.pow(2, Math.max(0, attempt - 1));
    double capped = Math.min(base, maxDelay.toNanos());
    return Duration.ofNanos((long) (capped * (1 - 0.25 * random)));
  }

  @Override
  public String toString() {
    return "ReconnectPolicy{maxAttempts=" + maxAttempts + ", backoff=" + initialDelay + ".."
        + maxDelay + ", replayConversation=" + replayConversation + ", maxReplayItems="
        + maxReplayItems + (renewAfter == null ? "" : ", renewAfter=" + renewAfter) + "}";
  }
}
