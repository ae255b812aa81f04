package dev.realtimeprofiles.samples;

import dev.realtimeprofiles.runtime.RealtimeException;
import dev.realtimeprofiles.runtime.RealtimeListener;
import dev.realtimeprofiles.runtime.ToolCall;
import dev.realtimeprofiles.runtime.event.AudioTranscriptDone;
import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.SessionCreated;
import dev.realtimeprofiles.runtime.event.SessionUpdated;
import dev.realtimeprofiles.runtime.event.TextDone;
import java.io.PrintStream;
import java.util.stream.Collectors;

/** Prints what a conversation does, one line per event a person cares about. */
final class ConsoleListener implements RealtimeListener {
  private final PrintStream out;

  ConsoleListener(PrintStream out) {
    this.out = out;
  }

  @Override
  public void onEvent(ServerEvent event) {
    if (event instanceof SessionCreated) {
      out.println("  <- session.created");
    } else if (event instanceof SessionUpdated) {
      out.println("  <- session.updated (the profile is in force)");
    } else if (event instanceof TextDone done) {
      out.println("  <- assistant (text): " + done.text());
    } else if (event instanceof AudioTranscriptDone done) {
      out.println("  <- assistant (audio transcript): " + done.transcript());
    } else if (event instanceof ResponseDone done) {
      String calls =
          done.toolCalls().stream().map(ToolCall::name).collect(Collectors.joining(", "));
      out.println("  <- response.done: " + done.status()
          + (calls.isEmpty() ? "" : " (the model calls " + calls + ")"));
    }
  }

  @Override
  public void onToolCall(ToolCall call) {
    out.println("  .. dispatching " + call.name() + " " + call.argumentsJson() + " to the tools");
  }

  @Override
  public void onToolError(ToolCall call, Throwable error) {
    out.println("  !! tool " + call.name() + " failed: " + error.getMessage());
  }

  @Override
  public void onError(ErrorEvent error) {
    out.println("  !! server error: " + error);
  }

  @Override
  public void onFailure(RealtimeException failure) {
    out.println("  !! connection failed: " + failure.getMessage());
  }
}
