package dev.realtimeprofiles.emulator.it;

import dev.realtimeprofiles.runtime.RealtimeException;
import dev.realtimeprofiles.runtime.RealtimeListener;
import dev.realtimeprofiles.runtime.ToolCall;
import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link RealtimeListener} that keeps every callback for the test to assert on. */
final class Recorder implements RealtimeListener {
  final List<ServerEvent> events = new CopyOnWriteArrayList<>();
  final List<String> textDeltas = new CopyOnWriteArrayList<>();
  final List<ErrorEvent> errors = new CopyOnWriteArrayList<>();
  final List<ToolCall> toolCalls = new CopyOnWriteArrayList<>();
  final LinkedBlockingQueue<Throwable> toolErrors = new LinkedBlockingQueue<>();
  /** Completed with "closed <code>" or "failed <message>" by the one terminal callback. */
  final CompletableFuture<String> end = new CompletableFuture<>();
  final List<String> terminalCalls = new CopyOnWriteArrayList<>();

  @Override
  public void onEvent(ServerEvent event) {
    events.add(event);
  }

  @Override
  public void onTextDelta(String delta) {
    textDeltas.add(delta);
  }

  @Override
  public void onError(ErrorEvent error) {
    errors.add(error);
  }

  @Override
  public void onToolCall(ToolCall call) {
    toolCalls.add(call);
  }

  @Override
  public void onToolError(ToolCall call, Throwable error) {
    toolErrors.add(error);
  }

  @Override
  public void onClosed(int code, String reason) {
    terminalCalls.add("onClosed");
    end.complete("closed " + code);
  }

  @Override
  public void onFailure(RealtimeException failure) {
    terminalCalls.add("onFailure");
    end.complete("failed " + failure.getMessage());
  }

  Throwable nextToolError() throws InterruptedException {
    return toolErrors.poll(Profiles.WAIT.toMillis(), TimeUnit.MILLISECONDS);
  }

  String awaitEnd() throws Exception {
    return end.get(Profiles.WAIT.toMillis(), TimeUnit.MILLISECONDS);
  }

  <E extends ServerEvent> List<E> eventsOf(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
