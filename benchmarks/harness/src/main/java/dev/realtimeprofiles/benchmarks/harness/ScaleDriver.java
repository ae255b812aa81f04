package dev.realtimeprofiles.benchmarks.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The scale benchmark's one procedure, run by every side in its own JVM so only the client
 * differs: baseline; open {@code n} sessions from {@value #OPENERS} opener threads (each open
 * returns once the server acknowledged session.update, as a connect does); ask every session for
 * a response and wait until each has streamed; measure with all sessions still open; close.
 *
 * @param <S> one open session of the client measured
 */
public abstract class ScaleDriver<S> {
  /** Opener threads, the same for every side; stopped before anything is counted. */
  public static final int OPENERS = 64;

  /** Opens one session and returns once its session.update was acknowledged. */
  protected abstract S open(String baseUrl, ScaleProbe probe) throws Exception;

  /** Sends response.create on {@code session}. */
  protected abstract void respond(S session) throws Exception;

  protected abstract void close(S session);

  /** Runs it, prints the RESULT lines and returns them. */
  public final java.util.Map<String, String> run(String side, String baseUrl, int n, int deltas, Duration timeout)
      throws Exception {
    ScaleProbe probe = new ScaleProbe(n, deltas);
    probe.baseline();
    List<S> sessions = new ArrayList<>();
    String note = null;
    ExecutorService openers = Executors.newFixedThreadPool(OPENERS);
    long start = System.nanoTime();
    try {
      List<Future<S>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(openers.submit(() -> open(baseUrl, probe)));
      }
      for (Future<S> f : futures) {
        try {
          sessions.add(f.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (Exception e) {
          if (note == null) {
            note = "open failed: " + rootCause(e);
          }
        }
      }
    } finally {
      openers.shutdownNow();
      openers.awaitTermination(10, TimeUnit.SECONDS);
    }
    probe.opened(System.nanoTime() - start);
    for (S session : sessions) {
      try {
        respond(session);
      } catch (Exception e) {
        if (note == null) {
          note = "response.create failed: " + rootCause(e);
        }
      }
    }
    if (!probe.awaitDone(timeout) && note == null) {
      note = "not every response completed within " + timeout;
    }
    Thread.sleep(200); // let the last listener calls return
    java.util.Map<String, String> results = probe.report(side, sessions.size(), note);
    for (S session : sessions) {
      close(session);
    }
    return results;
  }

  private static String rootCause(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.toString();
  }
}
