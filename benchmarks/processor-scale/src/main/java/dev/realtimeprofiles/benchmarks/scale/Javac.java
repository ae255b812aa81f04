package dev.realtimeprofiles.benchmarks.scale;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** One in-process javac run over a set of source files, timed; a fresh file manager each time. */
final class Javac {
  /** How a compilation went: wall time, and the errors if it failed. */
  record Result(long nanos, boolean ok, List<String> errors) {
    double millis() {
      return nanos / 1e6;
    }
  }

  private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

  private Javac() {}

  /**
   * Compiles {@code sources} into a fresh {@code out/classes}; generated sources go to
   * {@code out/generated}. {@code processorPath} null means {@code -proc:none}.
   */
  static Result compile(List<Path> sources, String classPath, String processorPath, Path out) {
    return compile(sources, classPath, processorPath, out, null);
  }

  /** As above; {@code processor} non-null names the only processor to run ({@code -processor}). */
  static Result compile(
      List<Path> sources, String classPath, String processorPath, Path out, String processor) {
    Path classes = out.resolve("classes");
    Path generated = out.resolve("generated");
    clean(out);
    try {
      Files.createDirectories(classes);
      Files.createDirectories(generated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> options = new ArrayList<>(List.of("--release", "17", "-nowarn", "-Xlint:none",
        "-implicit:none", "-encoding", "UTF-8", "-d", classes.toString(),
        "-s", generated.toString(), "-classpath", classPath));
    if (processorPath == null) {
      options.add("-proc:none");
    } else {
      options.addAll(List.of("-processorpath", processorPath));
    }
    if (processor != null) {
      options.addAll(List.of("-processor", processor));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    long start = System.nanoTime();
    boolean ok;
    try (StandardJavaFileManager files =
        COMPILER.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      ok = COMPILER.getTask(null, files, diagnostics, options, null, units).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long nanos = System.nanoTime() - start;
    List<String> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .limit(20)
        .map(d -> d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
        .collect(Collectors.toList());
    return new Result(nanos, ok, errors);
  }

  /** Every .java file under {@code dir}, sorted, so runs see the same order. */
  static List<Path> javaFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String join(List<String> entries) {
    return String.join(File.pathSeparator, entries);
  }

  static void clean(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
