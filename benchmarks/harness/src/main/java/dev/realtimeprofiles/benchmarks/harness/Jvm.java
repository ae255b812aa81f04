package dev.realtimeprofiles.benchmarks.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Launches a main class in a fresh JVM (the same {@code java} as this one) and collects its output. */
final class Jvm {
  /** What a finished child JVM printed, and how long it took from launch to exit. */
  record Run(int exitCode, List<String> lines, long wallNanos) {
    /** The rest of the first line that starts with {@code prefix + " "}, or null. */
    String value(String prefix) {
      for (String line : lines) {
        if (line.startsWith(prefix + " ")) {
          return line.substring(prefix.length() + 1).trim();
        }
      }
      return null;
    }

    String tail() {
      return lines.stream().skip(Math.max(0, lines.size() - 15)).collect(Collectors.joining("\n"));
    }
  }

  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private Jvm() {}

  /** This JVM's {@code java}. */
  static String java() {
    return JAVA;
  }

  /**
   * A JDK 21+ {@code java} for what needs virtual threads: {@code $SCALE_JAVA_HOME}, else this JVM
   * if it is 21+, else the newest JDK 21+ under /usr/lib/jvm; null if there is none.
   */
  static String java21() {
    String home = System.getenv("SCALE_JAVA_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home, "bin", "java").toString();
    }
    if (Runtime.version().feature() >= 21) {
      return JAVA;
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return null;
    }
    try (Stream<Path> dirs = Files.list(jvms)) {
      return dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")))
          .filter(d -> feature(d) >= 21)
          .max(java.util.Comparator.comparingInt(Jvm::feature))
          .map(d -> d.resolve("bin/java").toString())
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static int feature(Path jdk) {
    Path release = jdk.resolve("release");
    try {
      for (String line : Files.readAllLines(release)) {
        if (line.startsWith("JAVA_VERSION=")) {
          String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(v.split("[.+-]")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not a JDK we can read
    }
    return 0;
  }

  /** {@code module}'s classes followed by the class path Maven wrote to target/classpath.txt. */
  static String classPath(Path module) {
    Path file = module.resolve("target/classpath.txt");
    try {
      String deps = Files.exists(file) ? Files.readString(file).trim() : "";
      String classes = module.resolve("target/classes").toAbsolutePath().toString();
      return deps.isEmpty() ? classes : classes + java.io.File.pathSeparator + deps;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Process start(String classPath, List<String> jvmArgs, String mainClass, List<String> args)
      throws IOException {
    return start(JAVA, classPath, jvmArgs, mainClass, args);
  }

  /** The same with another {@code java} executable, e.g. a JDK 25 for virtual threads. */
  static Process start(String java, String classPath, List<String> jvmArgs, String mainClass,
      List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  static Run run(String classPath, List<String> jvmArgs, String mainClass, List<String> args,
      long timeoutSeconds) throws IOException, InterruptedException {
    return run(JAVA, classPath, jvmArgs, mainClass, args, timeoutSeconds);
  }

  static Run run(String java, String classPath, List<String> jvmArgs, String mainClass,
      List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = start(java, classPath, jvmArgs, mainClass, args);
    List<String> lines = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          synchronized (lines) {
            lines.add(line);
          }
        }
      } catch (IOException ignored) {
        // the process went away; what was read is kept
      }
    });
    reader.start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
      reader.join();
      throw new IllegalStateException(mainClass + " did not finish in " + timeoutSeconds + " s");
    }
    long wall = System.nanoTime() - start;
    reader.join();
    synchronized (lines) {
      return new Run(process.exitValue(), List.copyOf(lines), wall);
    }
  }

  /** Files of a class path (jars and class directories), for counting and sizing. */
  static List<Path> entries(String classPath) {
    return Stream.of(classPath.split(java.io.File.pathSeparator))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .collect(Collectors.toList());
  }
}
