package dev.realtimeprofiles.runtime.event;

import java.util.List;

/**
 * {@code rate_limits.updated}: the limits that apply after a response starts.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param rateLimits the limits, in the order sent
 */
public record RateLimitsUpdated(String type, String eventId, List<RateLimit> rateLimits)
    implements ServerEvent {

  /** Copies {@code rateLimits}, so the record stays immutable. */
  public RateLimitsUpdated {
    rateLimits = List.copyOf(rateLimits);
  }

  /**
   * One limit.
   *
   * @param name {@code requests} or {@code tokens}
   * @param limit the maximum
   * @param remaining what is left
   * @param resetSeconds seconds until it resets
   */
  public record RateLimit(String name, long limit, long remaining, double resetSeconds) {}
}
