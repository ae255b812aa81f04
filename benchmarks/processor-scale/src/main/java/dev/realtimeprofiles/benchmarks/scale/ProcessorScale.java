package dev.realtimeprofiles.benchmarks.scale;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The processor at scale, with javac as the limit: {@code ProcessorScale <work dir> --quick|--full}.
 *
 * <ul>
 *   <li>{@code proc}: N profiles compiled with our processor (its generated code compiled too);
 *   <li>{@code plain}: the same N profiles plus the code the processor generated, as if written by
 *       hand, compiled with {@code -proc:none}: what javac alone costs for the same output;
 *   <li>{@code av} / {@code av_plain}: the same for AutoValue over N value classes of equal size;
 *   <li>{@code noop} / {@code bare}: the N profiles alone with a processor that does nothing, and
 *       with none: what annotation processing costs javac itself.
 * </ul>
 * Runs are in this JVM, interleaved, after a warm-up of each; the median is reported. Prints
 * {@code RESULT key value} lines for the runner.
 */
public final class ProcessorScale {
  private final Path work;
  private final String classPath;
  private final String ourProcessorPath;
  private final String autoValuePath;
  private final String noopPath;

  private ProcessorScale(Path work) {
    this.work = work;
    List<String> javacClassPath = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    List<String> autoValue = new ArrayList<>();
    List<String> noop = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = entry.replace('\\', '/');
      boolean ourProcessor = name.contains("realtime-profiles-processor")
          || name.endsWith("/processor/target/classes");
      boolean javapoet = name.contains("/javapoet");
      boolean autoValueProcessor = name.matches(".*/auto-value-\\d[^/]*\\.jar");
      if (!autoValueProcessor) {
        // The processor's whole run-time closure (javapoet, Jackson, ...), as Maven would pass it.
        ours.add(entry);
      }
      if (autoValueProcessor) {
        autoValue.add(entry);
      }
      if (name.contains("/processor-scale/target/")) { // this module: NoopProcessor
        noop.add(entry);
      }
      if (!ourProcessor && !javapoet && !autoValueProcessor) {
        javacClassPath.add(entry);
      }
    }
    this.classPath = Javac.join(javacClassPath);
    this.ourProcessorPath = Javac.join(ours);
    this.autoValuePath = Javac.join(autoValue);
    this.noopPath = Javac.join(noop);
  }

  public static void main(String[] args) throws Exception {
    boolean quick = args.length > 1 && args[1].equals("--quick");
    ProcessorScale scale = new ProcessorScale(Path.of(args[0]));
    int n = quick ? 5 : 1000;
    int reps = quick ? 1 : 5;
    System.out.println("PROCESSOR " + scale.describeProcessors());
    scale.compare(n, reps, !quick);
    scale.growth(quick ? 2 : 100, quick ? 8 : 5000);
  }

  /** Names of the annotation processors our processor path registers. */
  String describeProcessors() throws IOException {
    List<URL> urls = new ArrayList<>();
    for (String entry : ourProcessorPath.split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    List<String> names = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), null)) {
      for (URL url : Collections.list(
          loader.getResources("META-INF/services/javax.annotation.processing.Processor"))) {
        try (InputStream in = url.openStream()) {
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
              names.add(line.trim());
            }
          }
        }
      }
    }
    return names.isEmpty() ? "none registered in the processor jar" : String.join(", ", names);
  }

  private void compare(int n, int reps, boolean warmUp) throws IOException {
    Path profiles = write("profiles-" + n, ProfileSources.profiles(n));
    Path values = write("values-" + n, ProfileSources.autoValues(n));
    List<Path> profileSources = Javac.javaFiles(profiles);
    List<Path> valueSources = Javac.javaFiles(values);

    // One processed run first, to capture what each processor generates.
    Path procOut = work.resolve("out-proc");
    Path avOut = work.resolve("out-av");
    check(Javac.compile(profileSources, classPath, ourProcessorPath, procOut), "our processor");
    check(Javac.compile(valueSources, classPath, autoValuePath, avOut), "AutoValue");
    Path procGenerated = copy(procOut.resolve("generated"), work.resolve("generated-ours"));
    Path avGenerated = copy(avOut.resolve("generated"), work.resolve("generated-av"));
    List<Path> plainSources = concat(profileSources, Javac.javaFiles(procGenerated));
    List<Path> avPlainSources = concat(valueSources, Javac.javaFiles(avGenerated));
    System.out.println("RESULT generated_files " + Javac.javaFiles(procGenerated).size());
    System.out.println("RESULT av_generated_files " + Javac.javaFiles(avGenerated).size());

    List<Double> proc = new ArrayList<>();
    List<Double> plain = new ArrayList<>();
    List<Double> av = new ArrayList<>();
    List<Double> avPlain = new ArrayList<>();
    List<Double> noop = new ArrayList<>();
    List<Double> bare = new ArrayList<>();
    for (int r = warmUp ? -1 : 0; r < reps; r++) {
      double p = check(Javac.compile(profileSources, classPath, ourProcessorPath, procOut), "ours");
      double q = check(Javac.compile(plainSources, classPath, null, work.resolve("out-plain")), "plain");
      double a = check(Javac.compile(valueSources, classPath, autoValuePath, avOut), "AutoValue");
      double b = check(Javac.compile(avPlainSources, classPath, null, work.resolve("out-av-plain")),
          "AutoValue plain");
      double z = check(Javac.compile(profileSources, classPath, noopPath, work.resolve("out-noop"),
          NoopProcessor.class.getName()), "no-op processor");
      double y = check(Javac.compile(profileSources, classPath, null, work.resolve("out-bare")),
          "profiles alone");
      System.out.printf(Locale.ROOT,
          "round %d: proc %.0f ms, plain %.0f ms, noop %.0f ms, bare %.0f ms, av %.0f ms, "
              + "av plain %.0f ms%n",
          r, p, q, z, y, a, b);
      if (r >= 0) {
        proc.add(p);
        plain.add(q);
        av.add(a);
        avPlain.add(b);
        noop.add(z);
        bare.add(y);
      }
    }
    System.out.println("RESULT n " + n);
    System.out.println("RESULT proc_ms " + median(proc));
    System.out.println("RESULT plain_ms " + median(plain));
    System.out.println("RESULT av_ms " + median(av));
    System.out.println("RESULT av_plain_ms " + median(avPlain));
    System.out.println("RESULT noop_ms " + median(noop));
    System.out.println("RESULT bare_ms " + median(bare));
  }

  /**
   * javac + processor at a small and a large size, and for scale the same two limits as at N: javac
   * alone on the sources plus what the processor generated, and AutoValue on as many value classes.
   * The small size is cheap, so median of three; the large one runs once.
   */
  private void growth(int small, int large) throws IOException {
    for (int size : new int[] {small, large}) {
      List<Path> sources = Javac.javaFiles(write("profiles-" + size, ProfileSources.profiles(size)));
      List<Path> values = Javac.javaFiles(write("values-" + size, ProfileSources.autoValues(size)));
      Path out = work.resolve("out-growth");
      Path avOut = work.resolve("out-growth-av");
      List<Double> proc = new ArrayList<>();
      List<Double> plain = new ArrayList<>();
      List<Double> av = new ArrayList<>();
      for (int r = 0; r < (size == small ? 3 : 1); r++) {
        proc.add(check(Javac.compile(sources, classPath, ourProcessorPath, out), "growth " + size));
        Path generated = copy(out.resolve("generated"), work.resolve("generated-growth"));
        plain.add(check(Javac.compile(concat(sources, Javac.javaFiles(generated)), classPath, null,
            work.resolve("out-growth-plain")), "growth plain " + size));
        av.add(check(Javac.compile(values, classPath, autoValuePath, avOut), "growth av " + size));
      }
      String key = size == small ? "growth_small" : "growth_large";
      System.out.println("RESULT " + key + "_n " + size);
      System.out.println("RESULT " + key + "_ms " + median(proc));
      System.out.println("RESULT " + key + "_plain_ms " + median(plain));
      System.out.println("RESULT " + key + "_av_ms " + median(av));
    }
  }

  private Path write(String name, List<ProfileSources.Source> sources) throws IOException {
    Path dir = work.resolve(name);
    Javac.clean(dir);
    for (ProfileSources.Source source : sources) {
      Path file = dir.resolve(source.path());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.content());
    }
    return dir;
  }

  private static Path copy(Path from, Path to) throws IOException {
    Javac.clean(to);
    Files.createDirectories(to);
    for (Path file : Javac.javaFiles(from)) {
      Path target = to.resolve(from.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
    return to;
  }

  private static double check(Javac.Result result, String what) {
    if (!result.ok()) {
      throw new IllegalStateException(
          "compilation failed (" + what + "):\n" + String.join("\n", result.errors()));
    }
    return result.millis();
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
