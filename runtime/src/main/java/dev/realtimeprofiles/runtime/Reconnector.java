package dev.realtimeprofiles.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.runtime.CloseState.State;
import dev.realtimeprofiles.runtime.RealtimeConnectionException.Kind;
import dev.realtimeprofiles.runtime.event.ConversationItemAdded;
import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.SessionCreated;
import dev.realtimeprofiles.runtime.event.SessionUpdated;
import dev.realtimeprofiles.runtime.internal.ws.ClientEvents;
import dev.realtimeprofiles.runtime.internal.ws.ConversationLog;
import dev.realtimeprofiles.runtime.internal.ws.WsThreads;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * Brings a connection back on a new session, restored, after a drop ({@link #dropped}), and hands
 * it over to a fresh session before the API's session cap ({@link ReconnectPolicy#renewAfter}).
 *
 * <p>One restore, driven by the new socket's events and never blocking a thread: open the socket
 * and send the accepted config's {@code session.update}; on its {@code session.updated}, send the
 * conversation snapshot as {@code conversation.item.create}s; once the server has added each (or
 * rejected it, counted as skipped), swap the new socket in, re-request a response the drop cut off,
 * and deliver the sends queued meanwhile. Each attempt is bounded by the session timeout; a failed
 * one is followed by the next after the policy's backoff, with the same snapshot, so a drop during
 * the restore itself costs an attempt and nothing else. Timers run on the shared timer thread.
 * Listener calls happen outside the connection's lock. Part of {@link RealtimeConnection}.
 */
final class Reconnector {

  /** What the restore needs from its connection. */
  interface Host {
    Object lock();

    CloseState state();

    /** Opens a socket that sends {@code firstJson} (the session.update) once open. */
    SocketAttempt openAttempt(String firstJson);

    SessionConfig acceptedConfig();

    String nextEventId();

    /** The conversation log, or null when the policy does not replay. */
    ConversationLog log();

    /** Makes {@code attempt} the live socket and delivers the queue; returns how many sends. */
    int swapTo(SocketAttempt attempt, boolean renewal);

    /** A renewal failed: the old socket goes on, and takes the sends queued meanwhile. */
    void resumeOnCurrent();

    /** Whether no response is in progress, no tool runs and nothing is queued. */
    boolean atTurnBoundary();

    void endWithFailure(RealtimeException failure);

    ListenerFanout fanout();

    Duration sessionTimeout();
  }

  private final ReconnectPolicy policy;
  private final Host host;
  private final Object lock;
  private final DoubleSupplier random;

  // All guarded by lock.
  private int attempt;
  private boolean renewing;
  private boolean renewDue;
  private SocketAttempt restoring;
  private String updateEventId;
  private boolean updated;
  private ConversationLog.Replay replay = ConversationLog.Replay.none();
  private final Set<String> awaitingItems = new HashSet<>();
  private final Map<String, String> replayEvents = new HashMap<>();
  private int rejectedItems;
  private String newSessionId;
  private ScheduledFuture<?> nextAttempt;
  private ScheduledFuture<?> deadline;
  private ScheduledFuture<?> renewTimer;

  Reconnector(ReconnectPolicy policy, Host host, DoubleSupplier random) {
    this.policy = policy;
    this.host = host;
    this.lock = host.lock();
    this.random = random;
  }

  /** Whether a drop may be followed by reconnect attempts at all. */
  boolean reconnects() {
    return policy.maxAttempts() > 0;
  }

  /** Whether {@code socket} is the one a restore is opening. */
  boolean isRestoring(SocketAttempt socket) {
    synchronized (lock) {
      return socket != null && socket == restoring;
    }
  }

  /** Whether the caller is the reader of the socket a restore is opening. */
  boolean onRestoringReader() {
    synchronized (lock) {
      return restoring != null && restoring.isReaderThread();
    }
  }

  /** A session is live (the first, or a restored one): its renewal clock starts. */
  void sessionStarted() {
    synchronized (lock) {
      scheduleRenewal(policy.renewAfter().orElse(null));
    }
  }

  /**
   * The live socket dropped with {@code cause}; the caller checked that the policy may cure it.
   * Queues sends from now on and starts the first attempt after its backoff.
   */
  void dropped(RealtimeException cause) {
    Runnable after;
    synchronized (lock) {
      State state = host.state().get();
      if (state != State.OPEN && state != State.RENEWING) {
        return;
      }
      host.state().set(State.RECONNECTING);
      cancel(renewTimer);
      renewDue = false;
      if (restoring != null) {
        // A renewal was under way: it goes on as the first reconnect attempt.
        renewing = false;
        return;
      }
      replay = snapshot();
      attempt = 0;
      after = scheduleNext(cause);
    }
    after.run();
  }

  /** A response ended and nothing else runs: renew now if it is due. */
  void turnBoundary() {
    synchronized (lock) {
      if (renewDue && host.state().get() == State.OPEN && host.atTurnBoundary()) {
        startRenewal();
      }
    }
  }

  /** The new socket's {@code session.updated}: replay the conversation on it. */
  void sessionUpdated(SocketAttempt socket, SessionUpdated event) {
    Runnable after = null;
    synchronized (lock) {
      if (socket != restoring || updated) {
        return;
      }
      updated = true;
      for (ObjectNode item : replay.items()) {
        String eventId = host.nextEventId();
        String itemId = item.path("id").asText();
        awaitingItems.add(itemId);
        replayEvents.put(eventId, itemId);
        socket.send(ClientEvents.itemCreate(eventId, item));
      }
      if (awaitingItems.isEmpty()) {
        after = finish(socket);
      }
    }
    if (after != null) {
      after.run();
    }
  }

  /** Any other event of the new socket: its session id, the acknowledgements of replayed items. */
  void observe(SocketAttempt socket, ServerEvent event) {
    Runnable after = null;
    synchronized (lock) {
      if (socket != restoring) {
        return;
      }
      if (event instanceof SessionCreated) {
        newSessionId = ((SessionCreated) event).sessionId();
      } else if (event instanceof ConversationItemAdded) {
        if (awaitingItems.remove(((ConversationItemAdded) event).itemId())
            && updated
            && awaitingItems.isEmpty()) {
          after = finish(socket);
        }
      } else if (event instanceof ErrorEvent) {
        String clientEventId = ((ErrorEvent) event).clientEventId();
        if (clientEventId != null && clientEventId.equals(updateEventId)) {
          ErrorEvent error = (ErrorEvent) event;
          RealtimeException failure =
              new SessionUpdateRejectedException(
                  "the server rejected session.update " + updateEventId
                      + " when restoring the session: " + error.message()
                      + (error.param() != null ? " (param: " + error.param() + ")" : ""),
                  error);
          restoring = null;
          cancel(deadline);
          socket.cancel();
          after = () -> host.endWithFailure(failure);
        } else if (clientEventId != null && replayEvents.containsKey(clientEventId)) {
          if (awaitingItems.remove(replayEvents.get(clientEventId))) {
            rejectedItems++;
          }
          if (updated && awaitingItems.isEmpty()) {
            after = finish(socket);
          }
        }
      }
    }
    if (after != null) {
      after.run();
    }
  }

  /** The socket a restore opened ended before the restore finished. */
  void attemptFailed(SocketAttempt socket, RealtimeException cause) {
    Runnable after;
    synchronized (lock) {
      if (socket != restoring) {
        return;
      }
      restoring = null;
      cancel(deadline);
      if (renewing) {
        // A planned handover failed: the old session serves on; try again later.
        renewing = false;
        host.resumeOnCurrent();
        scheduleRenewal(retryDelay());
        return;
      }
      after = scheduleNext(cause);
    }
    after.run();
  }

  /** The user closed, or the connection ended: no more attempts, the restoring socket dropped. */
  void cancelLocked() {
    cancel(nextAttempt);
    cancel(deadline);
    cancel(renewTimer);
    if (restoring != null) {
      restoring.cancel();
      restoring = null;
    }
  }

  // ---------------------------------------------------------------- under the lock

  private ConversationLog.Replay snapshot() {
    ConversationLog log = host.log();
    return log == null ? ConversationLog.Replay.none() : log.replay(policy.maxReplayItems());
  }

  /** Schedules the next attempt, or gives up; returns what to run once the lock is released. */
  private Runnable scheduleNext(RealtimeException cause) {
    if (attempt >= policy.maxAttempts()) {
      return () -> host.endWithFailure(cause);
    }
    attempt++;
    int number = attempt;
    Duration delay = policy.delayBefore(number, random.getAsDouble());
    nextAttempt =
        WsThreads.timer().schedule(this::startAttempt, delay.toNanos(), TimeUnit.NANOSECONDS);
    return () -> host.fanout().reconnecting(number, cause);
  }

  private void startAttempt() {
    synchronized (lock) {
      State state = host.state().get();
      if (state != State.RECONNECTING && state != State.RENEWING) {
        return;
      }
      openRestoringSocket();
    }
  }

  private void openRestoringSocket() {
    updateEventId = host.nextEventId();
    updated = false;
    awaitingItems.clear();
    replayEvents.clear();
    rejectedItems = 0;
    newSessionId = null;
    SocketAttempt socket =
        host.openAttempt(ClientEvents.sessionUpdate(updateEventId, host.acceptedConfig()));
    restoring = socket;
    Duration timeout = host.sessionTimeout();
    deadline =
        WsThreads.timer()
            .schedule(() -> timedOut(socket, timeout), timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void timedOut(SocketAttempt socket, Duration timeout) {
    // Fail the attempt first: the cancel makes OkHttp report a failure of its own, which must
    // find the attempt already over rather than win the race with a less precise cause.
    attemptFailed(
        socket,
        new RealtimeConnectionException(
            Kind.TIMEOUT,
            "the new session did not open and take the session.update"
                + (replay.items().isEmpty() ? "" : " and the " + replay.items().size() + " replayed items")
                + " within " + timeout,
            null));
    socket.cancel();
  }

  private Runnable finish(SocketAttempt socket) {
    cancel(deadline);
    restoring = null;
    boolean renewal = renewing;
    renewing = false;
    renewDue = false;
    int replayed = replay.items().size() - rejectedItems;
    int skipped = replay.skipped() + rejectedItems;
    int delivered = host.swapTo(socket, renewal);
    ReconnectReport report =
        new ReconnectReport(
            renewal ? 1 : Math.max(attempt, 1), replayed, skipped, delivered, newSessionId, renewal);
    attempt = 0;
    replay = ConversationLog.Replay.none();
    scheduleRenewal(policy.renewAfter().orElse(null));
    return () -> host.fanout().reconnected(report);
  }

  private void scheduleRenewal(Duration after) {
    cancel(renewTimer);
    if (after == null || policy.renewAfter().isEmpty()) {
      return;
    }
    renewTimer =
        WsThreads.timer().schedule(this::renewDue, after.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void renewDue() {
    synchronized (lock) {
      if (host.state().get() != State.OPEN) {
        return; // a reconnect restarts the clock when it is done
      }
      renewDue = true;
      if (host.atTurnBoundary()) {
        startRenewal();
      }
    }
  }

  private void startRenewal() {
    renewDue = false;
    renewing = true;
    attempt = 1;
    host.state().set(State.RENEWING);
    replay = snapshot();
    openRestoringSocket();
  }

  private Duration retryDelay() {
    return policy.delayBefore(policy.maxAttempts() + 1, 0).plusSeconds(1);
  }

  private static void cancel(ScheduledFuture<?> future) {
    if (future != null) {
      future.cancel(false);
    }
  }
}
