package dev.realtimeprofiles.runtime;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Where a connection is in its life, and the one way out of it:
 *
 * <pre>
 * CONNECTING --first session.updated--> OPEN --drop, policy allows--> RECONNECTING --restored--> OPEN
 *                                       OPEN --renewAfter, turn boundary--> RENEWING --handed over / failed--> OPEN
 * any --close()--> CLOSING --server answers or 5 s--> ENDED
 * any --failure, clean close by the server, attempts exhausted--> ENDED
 * </pre>
 *
 * Sends go out in OPEN, are queued in RECONNECTING and RENEWING, and are refused in CLOSING and
 * ENDED. ENDED is entered once; whoever enters it tells the listener, then releases the waiters.
 * Guarded by the connection's lock, except the end cause and the latch. Part of {@link
 * RealtimeConnection}.
 */
final class CloseState {

  enum State {
    CONNECTING,
    OPEN,
    RECONNECTING,
    RENEWING,
    CLOSING,
    ENDED
  }

  private final CountDownLatch terminated = new CountDownLatch(1);
  private State state = State.CONNECTING;
  private volatile boolean ended;
  private volatile boolean closing;
  private volatile RealtimeException endCause;

  State get() {
    return state;
  }

  /** Moves to {@code next}; never out of CLOSING (except to ENDED) or ENDED. */
  void set(State next) {
    if (state == State.ENDED || (state == State.CLOSING && next != State.ENDED)) {
      return;
    }
    state = next;
    if (next == State.CLOSING) {
      closing = true;
    }
  }

  /** Whether sends are queued rather than sent. */
  boolean queuesSends() {
    return state == State.RECONNECTING || state == State.RENEWING;
  }

  /** Enters ENDED with {@code cause} (null for a clean close); false if it already had. */
  boolean end(RealtimeException cause) {
    if (state == State.ENDED) {
      return false;
    }
    state = State.ENDED;
    endCause = cause;
    ended = true;
    return true;
  }

  /** Whether the connection ended (readable without the lock). */
  boolean ended() {
    return ended;
  }

  /** Whether the user asked to close (readable without the lock). */
  boolean closing() {
    return closing;
  }

  /** The failure that ended the connection, or null. */
  RealtimeException endCause() {
    return endCause;
  }

  /** The end has been told to the listener and the waiters. */
  void terminated() {
    terminated.countDown();
  }

  boolean awaitTerminated(Duration timeout) throws InterruptedException {
    return terminated.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  String describe() {
    return ended ? "ended" : closing ? "closing" : state.name().toLowerCase(java.util.Locale.ROOT);
  }
}
