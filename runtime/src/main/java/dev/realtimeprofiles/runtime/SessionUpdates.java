package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.SessionUpdated;
import dev.realtimeprofiles.runtime.internal.http.Redactor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code session.update}s waiting for their answer, oldest first. The server answers them in
 * order with {@code session.updated} (which names no client event), or rejects one with an {@code
 * error} naming its {@code event_id}. Also remembers the config last accepted, which a reconnect
 * applies again. Part of {@link RealtimeConnection}.
 */
final class SessionUpdates {

  /** One {@code session.update} sent (or queued) and not yet answered. */
  static final class Pending {
    final String eventId;
    final SessionConfig config;
    final CompletableFuture<SessionUpdated> result = new CompletableFuture<>();

    Pending(String eventId, SessionConfig config) {
      this.eventId = eventId;
      this.config = config;
    }
  }

  private final Deque<Pending> pending = new ArrayDeque<>();
  private final Redactor redactor;
  private volatile SessionConfig accepted;

  SessionUpdates(SessionConfig initial, Redactor redactor) {
    this.accepted = initial;
    this.redactor = redactor;
  }

  /** The config of the latest acknowledged update (the connect config until one is). */
  SessionConfig accepted() {
    return accepted;
  }

  synchronized Pending register(String eventId, SessionConfig config) {
    Pending update = new Pending(eventId, config);
    pending.addLast(update);
    return update;
  }

  synchronized void remove(Pending update) {
    pending.remove(update);
  }

  /** The oldest pending update was accepted. */
  void accepted(SessionUpdated updated) {
    Pending update;
    synchronized (this) {
      update = pending.pollFirst();
    }
    if (update != null) {
      accepted = update.config;
      update.result.complete(updated);
    }
  }

  /** Fails the update {@code error} answers, if it answers one; true if it did. */
  boolean rejected(ErrorEvent error) {
    if (error.clientEventId() == null) {
      return false;
    }
    Pending update = null;
    synchronized (this) {
      for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
        Pending candidate = it.next();
        if (candidate.eventId.equals(error.clientEventId())) {
          it.remove();
          update = candidate;
          break;
        }
      }
    }
    if (update == null) {
      return false;
    }
    String message =
        "the server rejected session.update "
            + update.eventId
            + ": "
            + redactor.redact(error.message())
            + (error.param() != null ? " (param: " + error.param() + ")" : "");
    update.result.completeExceptionally(new SessionUpdateRejectedException(message, error));
    return true;
  }

  /** The connection ended: every waiting caller gets {@code failure}. */
  void failAll(RealtimeException failure) {
    Pending[] all;
    synchronized (this) {
      all = pending.toArray(new Pending[0]);
      pending.clear();
    }
    for (Pending update : all) {
      update.result.completeExceptionally(failure);
    }
  }
}
