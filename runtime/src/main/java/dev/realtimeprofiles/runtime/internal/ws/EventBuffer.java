package dev.realtimeprofiles.runtime.internal.ws;

import dev.realtimeprofiles.runtime.event.AudioDelta;
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
 * Audio is bounded too: a voice session that never awaits would otherwise keep {@code capacity}
 * audio deltas (megabytes) per connection, so past {@code maxAudioBytes} of buffered audio the
 * oldest events go first; and at most {@link #MAX_DELTAS} streaming deltas (text, audio,
 * transcript pieces: most of what a long response sends) are kept, the newest, so a long stream
 * neither fills the buffer nor keeps its garbage alive. A capacity of 0 keeps nothing.
 */
public final class EventBuffer {
  /** The most streaming deltas kept. */
  public static final int MAX_DELTAS = 64;

  private final int capacity;
  private int deltas;
  private final long maxAudioBytes;
  private long audioBytes;
  private final ArrayDeque<ServerEvent> events;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private boolean closed;

  /** A buffer of at most {@code capacity} events and {@code maxAudioBytes} of audio deltas. */
  public EventBuffer(int capacity, long maxAudioBytes) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity < 0: " + capacity);
    }
    this.capacity = capacity;
    this.maxAudioBytes = maxAudioBytes;
    this.events = new ArrayDeque<>(Math.min(capacity, 16));
  }

  /** A buffer of at most {@code capacity} events and 1 MiB of audio. */
  public EventBuffer(int capacity) {
    this(capacity, 1 << 20);
  }

  /** Adds {@code event}, dropping the oldest if full. */
  public void add(ServerEvent event) {
    if (capacity == 0) {
      return;
    }
    lock.lock();
    try {
      if (events.size() == capacity) {
        drop(events.removeFirst());
      }
      events.addLast(event);
      audioBytes += audioBytes(event);
      if (isDelta(event)) {
        deltas++;
        if (deltas > MAX_DELTAS) {
          for (Iterator<ServerEvent> it = events.iterator(); it.hasNext(); ) {
            ServerEvent old = it.next();
            if (isDelta(old)) {
              it.remove();
              drop(old);
              break;
            }
          }
        }
      }
      while (audioBytes > maxAudioBytes && events.size() > 1) {
        drop(events.removeFirst());
      }
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
            drop(event);
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

  /** How many events are buffered. */
  public int size() {
    lock.lock();
    try {
      return events.size();
    } finally {
      lock.unlock();
    }
  }

  private void drop(ServerEvent event) {
    audioBytes -= audioBytes(event);
    if (isDelta(event)) {
      deltas--;
    }
  }

  /** A streaming piece: {@code TextDelta}, {@code AudioDelta}, {@code AudioTranscriptDelta}... */
  private static boolean isDelta(ServerEvent event) {
    return event.getClass().getSimpleName().endsWith("Delta");
  }

  private static long audioBytes(ServerEvent event) {
    return event instanceof AudioDelta ? ((AudioDelta) event).audio().length : 0;
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
