package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.runtime.internal.http.Redactor;
import dev.realtimeprofiles.runtime.internal.ws.ClientEvents;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the function calls of completed responses with the {@link ToolDispatcher}, off the reader
 * thread, one batch after the other per connection (so outputs keep the model's order), on the
 * shared tool executor: a virtual thread per batch on JDK 21+, pooled daemon threads before. Each
 * call is answered exactly once with a {@code function_call_output}, then one {@code
 * response.create} follows the batch. If the connection is down meanwhile, the answers are queued
 * by the connection and delivered on the restored session. Part of {@link RealtimeConnection}.
 */
final class ToolRunner {
  private static final System.Logger LOG = System.getLogger(RealtimeConnection.class.getName());

  /** How outputs leave: the connection's sends. */
  interface Answers {
    void output(String callId, String output);

    void respond();

    /** Whether answers may still be sent (not closed by the user or ended). */
    boolean accepting();
  }

  private final ToolDispatcher tools;
  private final Executor executor;
  private final Redactor redactor;
  private final ListenerFanout fanout;
  private final Answers answers;
  private final Queue<List<ToolCall>> batches = new ConcurrentLinkedQueue<>();
  /** Batches queued or running; the drain loop runs while it is above 0. */
  private final AtomicInteger work = new AtomicInteger();
  private volatile Thread thread;
  private volatile boolean shutdown;

  ToolRunner(
      ToolDispatcher tools,
      Executor executor,
      Redactor redactor,
      ListenerFanout fanout,
      Answers answers) {
    this.tools = tools;
    this.executor = executor;
    this.redactor = redactor;
    this.fanout = fanout;
    this.answers = answers;
  }

  /** Queues {@code calls}; they run after the batches before them. */
  void submit(List<ToolCall> calls) {
    if (shutdown) {
      LOG.log(System.Logger.Level.DEBUG, "tool calls after close were not run: {0}", calls);
      return;
    }
    batches.add(calls);
    if (work.getAndIncrement() == 0) {
      try {
        executor.execute(this::drain);
      } catch (RejectedExecutionException e) {
        batches.clear();
        work.set(0);
      }
    }
  }

  /** Whether no batch is queued or running: a turn boundary as far as tools go. */
  boolean idle() {
    return work.get() == 0;
  }

  /** Whether the caller runs on this runner's thread (a tool or a listener's onToolError). */
  boolean isToolThread() {
    return Thread.currentThread() == thread;
  }

  /** No new batch runs; one running finishes, and its outputs are not sent. */
  void shutdown() {
    shutdown = true;
  }

  private void drain() {
    thread = Thread.currentThread();
    try {
      do {
        List<ToolCall> calls = batches.poll();
        if (calls != null && !shutdown) {
          run(calls);
        }
      } while (work.decrementAndGet() > 0);
    } finally {
      thread = null;
    }
  }

  private void run(List<ToolCall> calls) {
    for (ToolCall call : calls) {
      String output;
      try {
        output = tools.dispatch(call);
        if (output == null) {
          output = ToolResults.ofVoid();
        }
      } catch (ToolCallException e) {
        output = ClientEvents.errorOutput(redactor.redact(e.getMessage()));
        fanout.toolError(call, e);
      } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
        // The message of an arbitrary exception may hold anything; the model gets its type only.
        // Errors a tool can cause (a missing class, an assert, deep recursion) are answered too:
        // otherwise the model would wait forever for this call's output.
        output =
            ClientEvents.errorOutput(
                "tool " + call.name() + " failed with " + e.getClass().getSimpleName());
        fanout.toolError(call, e);
      }
      if (shutdown || !answers.accepting()) {
        return;
      }
      try {
        answers.output(call.callId(), output);
      } catch (RealtimeConnectionException e) {
        return; // ended meanwhile; the listener hears about it from the connection
      }
    }
    try {
      answers.respond();
    } catch (RealtimeConnectionException e) {
      // ended meanwhile
    }
  }
}
