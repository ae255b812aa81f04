package dev.realtimeprofiles.runtime.internal.ws;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Dispatcher;

/**
 * The threads of every Realtime WebSocket in the JVM. On JDK 21+ each socket's reader and each
 * connection's tool calls run on virtual threads, so 10,000 sessions cost a handful of platform
 * threads; on JDK 17 they run on cached daemon threads (one per open socket, as OkHttp does).
 * Found at run time, so the jar stays Java 17 bytecode: {@code
 * -Ddev.realtimeprofiles.virtualThreads=false} turns virtual threads off. Not API.
 */
public final class WsThreads {

  /** The system property that turns virtual threads off on JDK 21+. */
  public static final String VIRTUAL_THREADS_PROPERTY = "dev.realtimeprofiles.virtualThreads";

  private static final ThreadFactory VIRTUAL_READERS = virtualFactory("realtime-ws-");
  private static final ExecutorService READERS = newExecutor(VIRTUAL_READERS, "realtime-ws-");
  private static final ThreadFactory VIRTUAL_TOOLS = virtualFactory("realtime-tools-");
  private static final ExecutorService TOOLS = newExecutor(VIRTUAL_TOOLS, "realtime-tools-");
  private static final ScheduledThreadPoolExecutor TIMER = newTimer();
  private static final Dispatcher DISPATCHER = newDispatcher();

  private WsThreads() {}

  /** Whether readers and tool calls run on virtual threads. */
  public static boolean virtual() {
    return VIRTUAL_READERS != null;
  }

  /**
   * The OkHttp dispatcher of every WebSocket: no limit on concurrent sockets (OkHttp's default
   * dispatcher holds 64 calls, and a WebSocket holds its slot for its whole life), and apart from
   * the REST calls' dispatcher, so sockets never take slots from them.
   */
  public static Dispatcher dispatcher() {
    return DISPATCHER;
  }

  /** Where tool calls run: a virtual thread per task on JDK 21+, else cached daemon threads. */
  public static Executor tools() {
    return TOOLS;
  }

  /** One daemon thread for every connection's timers: backoff, close deadlines, renewals. */
  public static ScheduledThreadPoolExecutor timer() {
    return TIMER;
  }

  private static Dispatcher newDispatcher() {
    Dispatcher dispatcher = new Dispatcher(READERS);
    dispatcher.setMaxRequests(Integer.MAX_VALUE);
    dispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
    return dispatcher;
  }

  private static ExecutorService newExecutor(ThreadFactory virtual, String prefix) {
    ThreadFactory factory = virtual != null ? virtual : platformFactory(prefix);
    // Unbounded like OkHttp's own dispatcher executor; with a virtual factory each task gets a
    // fresh virtual thread once the (few) idle ones are busy, and idle ones end after 60 s.
    return new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), factory);
  }

  private static ScheduledThreadPoolExecutor newTimer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(1, platformFactory("realtime-timer-"));
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  private static ThreadFactory platformFactory(String prefix) {
    AtomicLong number = new AtomicLong();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** {@code Thread.ofVirtual().name(prefix, 1).factory()} on JDK 21+, else null. */
  private static ThreadFactory virtualFactory(String prefix) {
    if ("false".equalsIgnoreCase(System.getProperty(VIRTUAL_THREADS_PROPERTY))) {
      return null;
    }
    try {
      Method ofVirtual = Thread.class.getMethod("ofVirtual");
      Object builder = ofVirtual.invoke(null);
      Class<?> builderType = Class.forName("java.lang.Thread$Builder");
      builder = builderType.getMethod("name", String.class, long.class).invoke(builder, prefix, 1L);
      return (ThreadFactory) builderType.getMethod("factory").invoke(builder);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null; // JDK 17-20: platform threads
    }
  }
}
