package dev.realtimeprofiles.runtime.internal.http;

import java.time.Duration;

/** Waits between retries; a seam so tests can record delays instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /** The real one: {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = delay -> Thread.sleep(delay.toMillis());

  void sleep(Duration delay) throws InterruptedException;
}
