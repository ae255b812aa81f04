package dev.realtimeprofiles.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records every callback of a {@link RealtimeListener}. */
final class RecordingListener implements RealtimeListener {
  final List<ServerEvent> events = new CopyOnWriteArrayList<>();
  final List<String> textDeltas = new CopyOnWriteArrayList<>();
  final List<ErrorEvent> errors = new CopyOnWriteArrayList<>();
  final List<ToolCall> toolCalls = new CopyOnWriteArrayList<>();
  final LinkedBlockingQueue<Throwable> toolErrors = new LinkedBlockingQueue<>();
  final CompletableFuture<String> closed = new CompletableFuture<>();
  final CompletableFuture<RealtimeException> failure = new CompletableFuture<>();
  final List<String> terminalCalls = new CopyOnWriteArrayList<>();
  final LinkedBlockingQueue<RealtimeException> reconnecting = new LinkedBlockingQueue<>();
  final List<Integer> reconnectAttempts = new CopyOnWriteArrayList<>();
  final LinkedBlockingQueue<ReconnectReport> reconnected = new LinkedBlockingQueue<>();

  @Override
  public void onReconnecting(int attempt, RealtimeException cause) {
    reconnectAttempts.add(attempt);
    reconnecting.add(cause);
  }

  @Override
  public void onReconnected(ReconnectReport report) {
    reconnected.add(report);
  }

  RealtimeException nextReconnecting() throws InterruptedException {
    RealtimeException cause = reconnecting.poll(FakeRealtimeServer.WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(cause).as("an onReconnecting call").isNotNull();
    return cause;
  }

  ReconnectReport nextReconnected() throws InterruptedException {
    ReconnectReport report = reconnected.poll(FakeRealtimeServer.WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(report).as("an onReconnected call").isNotNull();
    return report;
  }

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
    closed.complete(code + " " + reason);
  }

  @Override
  public void onFailure(RealtimeException failure) {
    terminalCalls.add("onFailure");
    this.failure.complete(failure);
  }

  Throwable nextToolError() throws InterruptedException {
    Throwable error = toolErrors.poll(FakeRealtimeServer.WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(error).as("an onToolError call").isNotNull();
    return error;
  }

  RealtimeException awaitFailure() throws Exception {
    return failure.get(FakeRealtimeServer.WAIT_SECONDS, TimeUnit.SECONDS);
  }

  String awaitClosed() throws Exception {
    return closed.get(FakeRealtimeServer.WAIT_SECONDS, TimeUnit.SECONDS);
  }
}
