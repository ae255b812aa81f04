package dev.realtimeprofiles.benchmarks.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Calls one operation from {@code callers} threads in closed loops: a warm-up, then a timed window in
 * which completed calls are counted. Any failure aborts the run: a benchmark that errors measures
 * nothing.
 */
public final class LoadDriver {
  private LoadDriver() {}

  /** Requests per second over the measured window. */
  public static double requestsPerSecond(
      int callers, Duration warmup, Duration measure, Callable<?> call) throws InterruptedException {
    LongAdder done = new LongAdder();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch stopped = new CountDownLatch(callers);
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long measureTo = measureFrom + measure.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      Thread t = new Thread(() -> {
        try {
          while (failure.get() == null) {
            call.call();
            long now = System.nanoTime();
            if (now >= measureTo) {
              break;
            }
            if (now >= measureFrom) {
              done.increment();
            }
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        } finally {
          stopped.countDown();
        }
      }, "caller-" + i);
      threads.add(t);
      t.start();
    }
    stopped.await();
    if (failure.get() != null) {
      throw new IllegalStateException("a call failed during the load run", failure.get());
    }
    return done.sum() / (measure.toNanos() / 1e9);
  }
}
