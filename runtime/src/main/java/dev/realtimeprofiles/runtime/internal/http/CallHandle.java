package dev.realtimeprofiles.runtime.internal.http;

import okhttp3.Call;

/** The call in flight of one logical request (across retries), so that it can be cancelled. */
public final class CallHandle {

  private Call current;
  private boolean cancelled;

  /** Cancels the call in flight and every retry to come. */
  public synchronized void cancel() {
    cancelled = true;
    if (current != null) {
      current.cancel();
    }
  }

  public synchronized boolean isCancelled() {
    return cancelled;
  }

  synchronized void start(Call call) {
    current = call;
    if (cancelled) {
      call.cancel();
    }
  }
}
