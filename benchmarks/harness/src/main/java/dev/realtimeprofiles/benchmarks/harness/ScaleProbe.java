package dev.realtimeprofiles.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one side of the scale benchmark measures in its own JVM, the same way for every client:
 * platform threads and heap after GC before connecting (the baseline) and with every session
 * open after its response streamed; the time to open all sessions; and the server-to-listener
 * latency of each text delta ({@link ScaleServer} writes its send time into the delta). Prints
 * {@code RESULT key value} lines for the runner.
 */
public final class ScaleProbe {
  private final int sessions;
  private final long[] latencies;
  private final AtomicInteger samples = new AtomicInteger();
  private final CountDownLatch done;
  private long baselineHeap;
  private int baselineThreads;
  private long openNanos;

  public ScaleProbe(int sessions, int deltasPerSession) {
    this.sessions = sessions;
    this.latencies = new long[sessions * deltasPerSession];
    this.done = new CountDownLatch(sessions);
  }

  /** Before any session: heap after GC and live platform threads. */
  public void baseline() {
    baselineHeap = heapAfterGc();
    baselineThreads = platformThreads();
  }

  public void opened(long nanos) {
    openNanos = nanos;
  }

  /** A text delta reached the listener: {@code text} is the server's send time. */
  public void delta(String text) {
    long now = System.nanoTime();
    int i = samples.getAndIncrement();
    if (i < latencies.length) {
      latencies[i] = now - Long.parseLong(text);
    }
  }

  /** A response.done reached the listener. */
  public void responseDone() {
    done.countDown();
  }

  public boolean awaitDone(Duration timeout) throws InterruptedException {
    return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Prints the results, {@code opened} of the sessions having opened, and returns them. */
  public java.util.Map<String, String> report(String side, int opened, String note) {
    results.clear();
    long heap = heapAfterGc();
    int threads = platformThreads();
    int n = Math.min(samples.get(), latencies.length);
    long[] sorted = Arrays.copyOf(latencies, n);
    Arrays.sort(sorted);
    print("side", side);
    print("jdk", String.valueOf(Runtime.version().feature()));
    print("sessions", String.valueOf(sessions));
    print("opened", String.valueOf(opened));
    print("completed", String.valueOf(sessions - done.getCount()));
    print("open_ms", fmt(openNanos / 1e6));
    print("heap_per_session_bytes", fmt((heap - baselineHeap) / (double) Math.max(1, opened)));
    print("threads", String.valueOf(threads));
    print("threads_baseline", String.valueOf(baselineThreads));
    print("threads_per_session", fmt((threads - baselineThreads) / (double) Math.max(1, opened)));
    print("samples", String.valueOf(n));
    print("p50_ms", n == 0 ? "0" : fmt(sorted[n / 2] / 1e6));
    print("p99_ms", n == 0 ? "0" : fmt(sorted[Math.min(n - 1, (int) (n * 0.99))] / 1e6));
    if (note != null) {
      print("note", note.replace('\n', ' '));
    }
    if (Boolean.getBoolean("scale.debug")) {
      java.util.Map<String, Integer> names = new java.util.TreeMap<>();
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        names.merge(t.getName().replaceAll("[0-9]+", "#"), 1, Integer::sum);
      }
      System.out.println("THREADS " + names);
      System.out.flush();
      try {
        Thread.sleep(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    System.out.flush();
    return new java.util.LinkedHashMap<>(results);
  }

  private final java.util.Map<String, String> results = new java.util.LinkedHashMap<>();

  private void print(String key, String value) {
    results.put(key, value);
    System.out.println("RESULT " + key + " " + value);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /** Live platform threads (on JDK 21+ the bean counts no virtual threads). */
  public static int platformThreads() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.getThreadCount();
  }

  /** Used heap after a few full collections. */
  public static long heapAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
