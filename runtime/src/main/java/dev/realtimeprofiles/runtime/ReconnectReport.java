package dev.realtimeprofiles.runtime;

/**
 * What {@link RealtimeListener#onReconnected} is told: the connection runs on a new session,
 * configured as before and given the conversation again.
 */
public final class ReconnectReport {
  private final int attempt;
  private final int replayedItems;
  private final int skippedItems;
  private final int deliveredSends;
  private final String sessionId;
  private final boolean renewal;

  ReconnectReport(
      int attempt,
      int replayedItems,
      int skippedItems,
      int deliveredSends,
      String sessionId,
      boolean renewal) {
    this.attempt = attempt;
    this.replayedItems = replayedItems;
    this.skippedItems = skippedItems;
    this.deliveredSends = deliveredSends;
    this.sessionId = sessionId;
    this.renewal = renewal;
  }

  /** Which attempt succeeded, counting from 1 ({@code maxAttempts(5)}: at most 5). */
  public int attempt() {
    return attempt;
  }

  /** How many conversation items were re-created on the new session. */
  public int replayedItems() {
    return replayedItems;
  }

  /**
   * How many logged items could not be replayed: over {@link ReconnectPolicy#maxReplayItems},
   * audio without a transcript, truncated assistant audio, incomplete calls, items the new session
   * rejected.
   */
  public int skippedItems() {
    return skippedItems;
  }

  /** How many client events sent during the outage were delivered on the new session. */
  public int deliveredSends() {
    return deliveredSends;
  }

  /** The new session's id ({@code session.created}), or null if the server sent none. */
  public String sessionId() {
    return sessionId;
  }

  /** Whether this was a planned {@link ReconnectPolicy#renewAfter} handover, not a drop. */
  public boolean renewal() {
    return renewal;
  }

  @Override
  public String toString() {
    return "ReconnectReport{attempt=" + attempt + ", replayedItems=" + replayedItems
        + ", skippedItems=" + skippedItems + ", deliveredSends=" + deliveredSends
        + ", sessionId=" + sessionId + ", renewal=" + renewal + "}";
  }
}
