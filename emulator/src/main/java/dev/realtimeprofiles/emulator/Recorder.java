package dev.realtimeprofiles.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Everything the emulator received and sent, in order, with a bounded wait for what is to come. */
final class Recorder {
  private final List<ReceivedRequest> requests = new ArrayList<>();
  private final List<RecordedEvent> received = new ArrayList<>();
  private final List<RecordedEvent> sent = new ArrayList<>();

  synchronized void request(ReceivedRequest request) {
    requests.add(request);
    notifyAll();
  }

  synchronized void received(RecordedEvent event) {
    received.add(event);
    notifyAll();
  }

  synchronized void sent(RecordedEvent event) {
    sent.add(event);
    notifyAll();
  }

  synchronized List<ReceivedRequest> requests() {
    return List.copyOf(requests);
  }

  synchronized List<RecordedEvent> received() {
    return List.copyOf(received);
  }

  synchronized List<RecordedEvent> sent() {
    return List.copyOf(sent);
  }

  /** The first received event that matches, waiting at most {@code timeout}; null if none. */
  synchronized RecordedEvent awaitReceived(Predicate<RecordedEvent> matches, Duration timeout)
      throws InterruptedException {
    return await(received, matches, timeout);
  }

  /** The first sent event that matches, waiting at most {@code timeout}; null if none. */
  synchronized RecordedEvent awaitSent(Predicate<RecordedEvent> matches, Duration timeout)
      throws InterruptedException {
    return await(sent, matches, timeout);
  }

  private RecordedEvent await(List<RecordedEvent> events, Predicate<RecordedEvent> matches, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int checked = 0;
    while (true) {
      for (; checked < events.size(); checked++) {
        if (matches.test(events.get(checked))) {
          return events.get(checked);
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }
}
