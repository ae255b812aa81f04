package dev.realtimeprofiles.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.X509TrustManager;

/**
 * A {@code RealtimeEmulator} running in a class loader of its own (its OkHttp 5, Jackson 2.23 and
 * Kotlin 2), driven by reflection, so that this JVM's test classpath holds only the real client
 * under test and what that client declares (openai-java's OkHttp 4).
 *
 * <p>The emulator module writes its runtime classpath to {@code target/emulator-runtime.classpath};
 * surefire passes that file and the emulator's classes directory as system properties.
 */
final class IsolatedEmulator implements AutoCloseable {
  private static final ClassLoader LOADER = loader();

  private final Object emulator;
  private final Object script;

  private IsolatedEmulator(Object emulator) {
    this.emulator = emulator;
    this.script = call(emulator, "script");
  }

  /** A started emulator; {@code tls} as {@code RealtimeEmulator.builder().tls(tls)}. */
  static IsolatedEmulator start(boolean tls) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(LOADER);
    try {
      Class<?> type = Class.forName("dev.realtimeprofiles.emulator.RealtimeEmulator", true, LOADER);
      Object builder = type.getMethod("builder").invoke(null);
      builder = builder.getClass().getMethod("tls", boolean.class).invoke(builder, tls);
      Object built = call(builder, "build");
      return new IsolatedEmulator(call(built, "start"));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot start the emulator in its own class loader", e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  String baseUrl() {
    return (String) call(emulator, "baseUrl");
  }

  String apiKey() {
    return (String) call(emulator, "apiKey");
  }

  String certificatePem() {
    return (String) call(emulator, "certificatePem");
  }

  /** A JDK type, so it crosses the class loaders as it is. */
  X509TrustManager trustManager() {
    return (X509TrustManager) call(emulator, "trustManager");
  }

  void reply(String userText, String replyText) {
    call(script, "reply", userText, replyText);
  }

  void callTool(String userText, String tool, String argumentsJson) {
    call(script, "callTool", userText, tool, argumentsJson);
  }

  void transcribeAudioAs(String transcript) {
    call(script, "transcribeAudioAs", transcript);
  }

  /** {@code script().failNext(clientEventType, new ScriptedError(type, code, message))}. */
  void failNext(String clientEventType, String type, String code, String message) {
    try {
      Class<?> errorType = Class.forName("dev.realtimeprofiles.emulator.ScriptedError", true, LOADER);
      Object error = errorType.getConstructor(String.class, String.class, String.class).newInstance(type, code, message);
      script.getClass().getMethod("failNext", String.class, errorType).invoke(script, clientEventType, error);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every event the emulator sent, as {@code {type, json}}, oldest first. */
  List<String[]> sentEvents() {
    List<String[]> events = new ArrayList<>();
    for (Object event : (List<?>) call(emulator, "sentEvents")) {
      events.add(new String[] {(String) call(event, "type"), (String) call(event, "json")});
    }
    return events;
  }

  /** Every client event the emulator received, as {@code {type, json}}, oldest first. */
  List<String[]> receivedEvents() {
    List<String[]> events = new ArrayList<>();
    for (Object event : (List<?>) call(emulator, "receivedEvents")) {
      events.add(new String[] {(String) call(event, "type"), (String) call(event, "json")});
    }
    return events;
  }

  @Override
  public void close() {
    call(emulator, "close");
  }

  private static Object call(Object target, String name, Object... args) {
    try {
      for (Method method : target.getClass().getMethods()) {
        if (method.getName().equals(name) && method.getParameterCount() == args.length) {
          return method.invoke(target, args);
        }
      }
      throw new IllegalStateException("no method " + name + "/" + args.length + " on " + target.getClass());
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ClassLoader loader() {
    String classes = System.getProperty("emulator.classes");
    String classpath = System.getProperty("emulator.classpath");
    if (classes == null || classpath == null) {
      throw new IllegalStateException("run through Maven: emulator.classes and emulator.classpath are not set");
    }
    try {
      List<URL> urls = new ArrayList<>();
      urls.add(Path.of(classes).toUri().toURL());
      for (String entry : Files.readString(Path.of(classpath)).trim().split(java.io.File.pathSeparator)) {
        urls.add(Path.of(entry).toUri().toURL());
      }
      // The platform loader as parent: nothing of this JVM's classpath (OkHttp 4, Jackson) is seen.
      return new URLClassLoader("realtime-emulator", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the emulator's classpath " + classpath, e);
    }
  }
}
