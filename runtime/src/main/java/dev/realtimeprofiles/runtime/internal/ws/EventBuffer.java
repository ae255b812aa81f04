package dev.realtimeprofiles.runtime.internal.ws;

import dev.realtimeprofiles.runtime.event.ServerEvent;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The latest server events not yet awaited, for {@code RealtimeConnection.awaitEvent}. Bounded:
 * when full, the oldest event is dropped (the listener has seen it anyway). Awaiting an event
 * type removes only the first event of that type; events of other types stay for later awaits.
 */
public final class EventBuffer {
  private final int capacity;
  private final ArrayDeque<ServerEvent> events;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private boolean closed;

  /** A buffer of at most {@code capacity} events. */
  public EventBuffer(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity < 1: " + capacity);
    }
    this.capacity = capacity;
    this.events = new ArrayDeque<>(Math.min(capacity, 64));
  }

  /** Adds {@code event}, dropping the oldest if full. */
  public void add(ServerEvent event) {
    lock.lock();
    try {
      if (events.size() == capacity) {
        events.removeFirst();
      }
      events.addLast(event);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** No more events will come: waiters with nothing buffered return at once. */
  public void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Removes and returns the oldest buffered event of {@code type}, waiting up to {@code timeout}
   * for one.
   *
   * @return the event, or {@code null} on timeout or when the buffer closed without one
   * @throws InterruptedException if interrupted while waiting
   */
  public <E extends ServerEvent> E await(Class<E> type, long timeout, TimeUnit unit)
      throws InterruptedException {
    long nanos = unit.toNanos(timeout);
    lock.lock();
    try {
      while (true) {
        for (Iterator<ServerEvent> it = events.iterator(); it.hasNext(); ) {
          ServerEvent event = it.next();
          if (type.isInstance(event)) {
            it.remove();
            return type.cast(event);
          }
        }
        if (closed || nanos <= 0) {
          return null;
        }
        nanos = changed.awaitNanos(nanos);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    lock.lock();
    try {
      return closed;
    } finally {
      lock.unlock();
    }
  }
}
