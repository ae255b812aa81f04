package dev.realtimeprofiles.benchmarks.harness;

import dev.realtimeprofiles.benchmarks.harness.ResultTable.Goal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs every benchmark, each side in its own JVM, and prints one table. Usage:
 * {@code RunAll <benchmarks dir> [--quick]}; the modules must be built (benchmarks/run.sh does it).
 * {@code --quick} uses tiny settings: it proves the plumbing, its numbers mean nothing.
 */
public final class RunAll {
  private static final String PKG = "dev.realtimeprofiles.benchmarks.";
  /** What OursRequestBenchmark.gaRequestBytes measures; keep in step with that class. */
  private static final String OURS_REQUEST_PATH = "the generated RealtimeSupportAgent.REQUEST_BODY "
      + "(written at compile time) encoded to UTF-8, all that is left per request";
  private static final List<String> CHILD_JVM = List.of("-Xms512m", "-Xmx512m", "-Duser.language=en");

  private final Path root;
  private final boolean quick;
  private final ResultTable table = new ResultTable();
  private final Path work;

  private RunAll(Path root, boolean quick) throws IOException {
    this.root = root;
    this.quick = quick;
    this.work = Files.createDirectories(root.resolve("target/run"));
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: RunAll <benchmarks dir> [--quick] [--only step,...]");
      System.exit(2);
    }
    boolean quick = List.of(args).contains("--quick");
    List<String> only = new ArrayList<>();
    for (int i = 1; i < args.length - 1; i++) {
      if (args[i].equals("--only")) {
        only.addAll(List.of(args[i + 1].split(",")));
      }
    }
    RunAll run = new RunAll(Path.of(args[0]).toAbsolutePath(), quick);
    String machine = machine() + "\n" + (quick
        ? "Settings: --quick (tiny: plumbing only, the numbers mean nothing)"
        : "Settings: JMH 2 forks x (3 x 1 s warm-up + 4 x 1 s), -prof gc, -Xmx512m; round trip: "
            + "median of 3 interleaved rounds, fresh JVM per side and round, 2 s warm-up + 4 s "
            + "measured; cold start: 11 interleaved runs per side after one discarded; processor: "
            + "in-process javac, median of 5 interleaved after a warm-up (growth sizes: median of 3 "
            + "/ one run)");
    System.out.println(machine);
    for (String step : List.of("request", "roundtrip", "coldstart", "footprint", "processor", "events", "scale")) {
      if (!only.isEmpty() && !only.contains(step)) {
        continue;
      }
      System.out.println("== " + step);
      try {
        run.step(step);
      } catch (Exception e) {
        run.table.missing(step, "-", "the step failed: " + e);
      }
    }
    String report = machine + "\n" + run.table.render();
    Files.writeString(run.work.resolve("results.md"), report);
    System.out.println();
    System.out.println(report);
  }

  private void step(String name) throws Exception {
    switch (name) {
      case "request" -> requestBuild();
      case "roundtrip", "coldstart" -> withServer(name);
      case "footprint" -> footprint();
      case "processor" -> processorScale();
      case "events" -> events();
      case "scale" -> scale();
      default -> throw new IllegalArgumentException(name);
    }
  }

  // ---- 1. request build + serialise ----------------------------------------------------------

  private void requestBuild() throws Exception {
    Map<String, Double> ours = jmh(module("ours"), "OursRequestBenchmark");
    Map<String, Double> peer = jmh(module("openai-peer"), "OpenAiRequestBenchmark");
    String metric = "request build + serialise (GA, ops/s)";
    Double o = ours.get("OursRequestBenchmark.gaRequestBytes");
    Double p = peer.get("OpenAiRequestBenchmark.gaRequestBytes");
    if (o == null || p == null) {
      table.missing(metric, ">= 20x", "benchmark missing (ours " + o + ", peer " + p + ")");
      return;
    }
    table.add(metric, o, p, "ops/s", Goal.AT_LEAST, 20);
    table.note("request build, ours: " + OURS_REQUEST_PATH + "; openai-java: its builders, then "
        + "ObjectMappers.jsonMapper().writeValueAsBytes(params._body())");
    Double fromWriter = ours.get("OursRequestBenchmark.gaRequestBytesFromWriter");
    if (fromWriter != null) {
      table.info("  ours without the processor: GA writer on a static config", fmt(fromWriter)
          + " ops/s", fmt(p) + " ops/s", fmt(fromWriter / p) + "x");
    }
    Double fromBuilder = ours.get("OursRequestBenchmark.gaRequestBytesFromBuilder");
    if (fromBuilder != null) {
      table.info("  ours without the processor, building the config per call too",
          fmt(fromBuilder) + " ops/s", fmt(p) + " ops/s", fmt(fromBuilder / p) + "x");
    }
    Double oa = ours.get("OursRequestBenchmark.gaRequestBytes:gc.alloc.rate.norm");
    Double pa = peer.get("OpenAiRequestBenchmark.gaRequestBytes:gc.alloc.rate.norm");
    if (oa != null && pa != null) {
      table.info("  allocation per request build", fmt(oa) + " B", fmt(pa) + " B",
          pa > 0 ? fmt(oa / pa) + "x" : "-");
    }
  }

  // ---- 2. round trip, 3. cold start --------------------------------------------------------------

  private void withServer(String step) throws Exception {
    Process server = Jvm.start(Jvm.classPath(module("harness")), CHILD_JVM,
        PKG + "harness.LoopbackServer", List.of("16"));
    BufferedReader out = new BufferedReader(
        new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    if (first == null || !first.startsWith("BASE_URL ")) {
      server.destroyForcibly();
      throw new IllegalStateException("loopback server did not start: " + first);
    }
    String baseUrl = first.substring("BASE_URL ".length());
    try {
      if (step.equals("roundtrip")) {
        roundTrip(baseUrl);
      } else {
        coldStart(baseUrl);
      }
    } finally {
      try (OutputStream in = server.getOutputStream()) {
        in.flush();
      }
      String last = out.readLine();
      server.waitFor();
      if (last != null && !last.endsWith("REJECTED 0")) {
        table.note("loopback server rejected requests (wrong path or method): " + last);
      }
      System.out.println("server: " + last);
    }
  }

  private void roundTrip(String baseUrl) throws Exception {
    int rounds = quick ? 1 : 3;
    String warmup = quick ? "0" : "2000";
    String measure = quick ? "1000" : "4000";
    for (int callers : new int[] {1, 16}) {
      String metric = "create-session round trip, " + callers + (callers == 1 ? " caller" : " callers")
          + " (req/s)";
      List<Double> ours = new ArrayList<>();
      List<Double> peer = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        // Alternate who goes first so neither side always gets the cooler machine.
        boolean oursFirst = round % 2 == 0;
        for (int side = 0; side < 2; side++) {
          boolean isOurs = (side == 0) == oursFirst;
          Path module = module(isOurs ? "ours" : "openai-peer");
          String main = PKG + (isOurs ? "ours.OursRoundTrip" : "peer.OpenAiRoundTrip");
          Jvm.Run run = Jvm.run(Jvm.classPath(module), CHILD_JVM, main,
              List.of(baseUrl, String.valueOf(callers), warmup, measure), 300);
          String rps = run.value("RPS");
          if (run.exitCode() != 0 || rps == null) {
            table.missing(metric, ">= 1.5x", main + " failed (exit " + run.exitCode() + "): "
                + run.tail().replace('\n', ' '));
            return;
          }
          (isOurs ? ours : peer).add(Double.parseDouble(rps));
        }
      }
      System.out.println(metric + " ours " + ours + " peer " + peer);
      table.add(metric, Stats.median(ours), Stats.median(peer), "req/s", Goal.AT_LEAST, 1.5);
    }
  }

  private void coldStart(String baseUrl) throws Exception {
    int runs = quick ? 1 : 11;
    String metric = "cold start: fresh JVM, one session, exit (ms, median of " + runs + ")";
    List<Double> ours = new ArrayList<>();
    List<Double> peer = new ArrayList<>();
    // One discarded run per side first, so both read their jars from the page cache.
    for (int i = -1; i < runs; i++) {
      for (int side = 0; side < 2; side++) {
        boolean isOurs = (side == 0) == (i % 2 == 0);
        Path module = module(isOurs ? "ours" : "openai-peer");
        String main = PKG + (isOurs ? "ours.OursColdStart" : "peer.OpenAiColdStart");
        Jvm.Run run = Jvm.run(Jvm.classPath(module), List.of(), main, List.of(baseUrl), 120);
        if (run.exitCode() != 0 || !"ok".equals(run.value("SECRET"))) {
          table.missing(metric, "<= 0.5x", main + " failed (exit " + run.exitCode() + "): "
              + run.tail().replace('\n', ' '));
          return;
        }
        if (i >= 0) {
          (isOurs ? ours : peer).add(run.wallNanos() / 1e6);
        }
      }
    }
    System.out.println(metric + " ours " + ours + " peer " + peer);
    table.add(metric, Stats.median(ours), Stats.median(peer), "ms", Goal.AT_MOST, 0.5);
  }

  // ---- 4. footprint ------------------------------------------------------------------------------

  private void footprint() throws IOException {
    Path ours = module("ours").resolve("target/footprint-classpath.txt");
    Path peer = module("openai-peer").resolve("target/footprint-classpath.txt");
    if (!Files.exists(ours) || !Files.exists(peer)) {
      table.missing("runtime footprint", "<= 0.1x", "footprint class paths not written by the build");
      return;
    }
    List<Path> o = Jvm.entries(Files.readString(ours).trim());
    List<Path> p = Jvm.entries(Files.readString(peer).trim());
    table.add("runtime footprint: jars on the class path", o.size(), p.size(), "jars",
        Goal.AT_MOST, 0.1);
    table.add("runtime footprint: size", megabytes(o), megabytes(p), "MB", Goal.AT_MOST, 0.1);
    table.note("footprint, ours: " + names(o));
    table.note("footprint, openai-java: " + names(p));
  }

  private static double megabytes(List<Path> entries) throws IOException {
    long bytes = 0;
    for (Path entry : entries) {
      if (Files.isDirectory(entry)) {
        try (var walk = Files.walk(entry)) {
          bytes += walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
      } else if (Files.exists(entry)) {
        bytes += Files.size(entry);
      }
    }
    return bytes / (1024.0 * 1024.0);
  }

  private static String names(List<Path> entries) {
    List<String> names = new ArrayList<>();
    for (Path entry : entries) {
      names.add(entry.getFileName().toString());
    }
    return String.join(", ", names);
  }

  // ---- 5. processor scale ------------------------------------------------------------------------

  private void processorScale() throws Exception {
    Path scale = module("processor-scale");
    List<String> args = new ArrayList<>(List.of(work.resolve("scale").toString()));
    args.add(quick ? "--quick" : "--full");
    Jvm.Run run = Jvm.run(Jvm.classPath(scale), List.of("-Xms1g", "-Xmx2g"),
        PKG + "scale.ProcessorScale", args, 900);
    run.lines().forEach(line -> System.out.println("  " + line));
    Map<String, Double> r = new HashMap<>();
    for (String line : run.lines()) {
      if (line.startsWith("RESULT ")) {
        String[] parts = line.split(" ");
        r.put(parts[1], Double.parseDouble(parts[2]));
      }
    }
    if (run.exitCode() != 0 || !r.containsKey("n")) {
      table.missing("processor scale", "<= 1.2x", "ProcessorScale failed (exit " + run.exitCode()
          + "): " + run.tail().replace('\n', ' '));
      return;
    }
    int n = r.get("n").intValue();
    table.add("javac + processor vs javac on sources + generated code (" + n + " profiles, ms)",
        r.get("proc_ms"), r.get("plain_ms"), "ms", Goal.AT_MOST, 1.2);
    table.info("  same measure for AutoValue: javac + AutoValue vs javac on sources + its output",
        fmt(r.get("av_ms")) + " ms", fmt(r.get("av_plain_ms")) + " ms",
        fmt(r.get("av_ms") / r.get("av_plain_ms")) + "x");
    if (r.containsKey("noop_ms") && r.containsKey("bare_ms")) {
      table.info("  profiles alone: javac + a no-op processor vs javac (processing's own cost)",
          fmt(r.get("noop_ms")) + " ms", fmt(r.get("bare_ms")) + " ms",
          fmt(r.get("noop_ms") / r.get("bare_ms")) + "x");
    }
    // The processor's own time is what javac with it costs beyond javac alone on the same output.
    double oursPerType = (r.get("proc_ms") - r.get("plain_ms")) / n;
    double avPerType = (r.get("av_ms") - r.get("av_plain_ms")) / n;
    String perType = "processor time per type vs AutoValue (" + n + " types, ms/type)";
    if (avPerType <= 0) {
      table.missing(perType, "<= 1x", "AutoValue's time was within javac's noise ("
          + fmt(avPerType) + " ms/type); ours " + fmt(oursPerType) + " ms/type");
    } else {
      table.add(perType, Math.max(oursPerType, 0), avPerType, "ms", Goal.AT_MOST, 1.0);
    }
    if (r.containsKey("growth_small_n")) {
      int small = r.get("growth_small_n").intValue();
      int large = r.get("growth_large_n").intValue();
      String sizes = small + " / " + n + " / " + large;
      table.info("growth: javac + processor per profile at " + sizes,
          perType(r, "growth_small_ms", small, "proc_ms", n, "growth_large_ms", large), "-", "-");
      table.info("  javac alone on sources + generated, per profile at " + sizes,
          perType(r, "growth_small_plain_ms", small, "plain_ms", n, "growth_large_plain_ms", large),
          "-", "-");
      table.info("  javac + AutoValue per type at " + sizes,
          perType(r, "growth_small_av_ms", small, "av_ms", n, "growth_large_av_ms", large), "-", "-");
      table.add("growth: per-profile time at " + large + " vs " + n + " (linear = 1x)",
          r.get("growth_large_ms") / large, r.get("proc_ms") / n, "ms", Goal.AT_MOST, 1.25);
      table.info("  same ratio for javac alone / for AutoValue", "-", "-",
          fmt((r.get("growth_large_plain_ms") / large) / (r.get("plain_ms") / n)) + "x / "
              + fmt((r.get("growth_large_av_ms") / large) / (r.get("av_ms") / n)) + "x");
    }
    table.note("processor scale: " + run.value("PROCESSOR"));
  }

  private static String perType(Map<String, Double> r, String a, int na, String b, int nb,
      String c, int nc) {
    return fmt(r.get(a) / na) + " / " + fmt(r.get(b) / nb) + " / " + fmt(r.get(c) / nc) + " ms";
  }

  // ---- 6. server events ------------------------------------------------------------------------

  private void events() throws Exception {
    Map<String, Double> s = jmh(module("ours"), "EventParseBenchmark");
    String metric = "server events: typed parse + dispatch vs Jackson readTree (events/s)";
    String allocation = "server events: allocation per event, typed vs readTree (B, -prof gc)";
    Double typed = s.get("EventParseBenchmark.typedEvents");
    Double tree = s.get("EventParseBenchmark.jacksonReadTree");
    if (typed == null || tree == null) {
      table.missing(metric, ">= 1x", "EventParseBenchmark did not run (typed " + typed
          + ", readTree " + tree + ")");
      return;
    }
    table.add(metric, typed, tree, "ev/s", Goal.AT_LEAST, 1.0);
    Double typedAlloc = s.get("EventParseBenchmark.typedEvents:gc.alloc.rate.norm");
    Double treeAlloc = s.get("EventParseBenchmark.jacksonReadTree:gc.alloc.rate.norm");
    if (typedAlloc != null && treeAlloc != null) {
      table.add(allocation, typedAlloc, treeAlloc, "B", Goal.AT_MOST, 1.0);
    } else {
      table.missing(allocation, "<= 1x", "no gc profiler result");
    }
    table.note("server events: one recorded turn of 63 frames from the spec's examples (12 audio "
        + "deltas of 50 ms, transcript deltas, a function call); ours = ServerEventParser.parse "
        + "(one streaming JsonParser pass into the records, every frame typed, audio "
        + "base64-decoded) plus a listener call; limit = ObjectMapper.readTree of the same String "
        + "frames");
  }

  // ---- 7. scale: concurrent sessions ---------------------------------------------------------------

  private static final String[][] SCALE_SIDES = {
    {"ours", "ours", "ours.OursScale"},
    {"raw", "ours", "ours.RawOkHttpScale"},
    {"openai", "openai-peer", "peer.OpenAiScale"},
  };

  private void scale() throws Exception {
    String java21 = Jvm.java21();
    String java = java21 != null ? java21 : Jvm.java();
    List<Integer> sizes = quick ? List.of(20) : List.of(100, 1000, 10000);
    int deltas = quick ? 3 : 10;
    Process server = Jvm.start(java, Jvm.classPath(module("harness")), List.of("-Xmx1g"),
        PKG + "harness.ScaleServer", List.of(String.valueOf(deltas), "50"));
    BufferedReader out = new BufferedReader(
        new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    if (first == null || !first.startsWith("BASE_URL ")) {
      server.destroyForcibly();
      throw new IllegalStateException("scale server did not start: " + first);
    }
    String baseUrl = first.substring("BASE_URL ".length());
    try {
      for (int i = 0; i < sizes.size(); i++) {
        int n = sizes.get(i);
        Map<String, Map<String, String>> results = new HashMap<>();
        for (int s = 0; s < SCALE_SIDES.length; s++) {
          String[] side = SCALE_SIDES[(s + i) % SCALE_SIDES.length]; // a different order per size
          results.put(side[0], scaleRun(java, side, baseUrl, n, deltas));
        }
        if (java21 != null && Runtime.version().feature() < 21) {
          results.put("ours17", scaleRun(Jvm.java(), SCALE_SIDES[0], baseUrl, n, deltas));
        }
        scaleRows(n, results);
      }
    } finally {
      try (OutputStream in = server.getOutputStream()) {
        in.write('\n');
      } catch (IOException ignored) {
        // already gone
      }
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    table.note("scale: " + (java21 != null ? "every side on " + java : "no JDK 21+ found: on " + java)
        + "; one loopback NIO server (one thread for all sockets) in its own JVM; each side in its own"
        + " JVM (-Xms2g -Xmx2g) opens N sessions from " + 64 + " opener threads (each open waits for"
        + " session.updated), then every session streams one response of " + deltas + " text deltas"
        + " 50 ms apart; heap and platform threads with every session open after GC, minus the JVM's"
        + " baseline, per session; latency = server write to listener call (System.nanoTime, shared by"
        + " the machine's processes). ours = RealtimeClient at the README's defaults; raw OkHttp ="
        + " WebSocketListener, dispatcher unbounded (else it stops at 64), no JSON parsing; openai-java"
        + " = 4.105.0 RealtimeConnection with receiveAsync() chained.");
  }

  private Map<String, String> scaleRun(String java, String[] side, String baseUrl, int n, int deltas)
      throws Exception {
    Jvm.Run run = Jvm.run(java, Jvm.classPath(module(side[1])), List.of("-Xms2g", "-Xmx2g"),
        PKG + side[2], List.of(baseUrl, String.valueOf(n), String.valueOf(deltas)), 600);
    Map<String, String> r = new HashMap<>();
    for (String line : run.lines()) {
      if (line.startsWith("RESULT ")) {
        String[] parts = line.split(" ", 3);
        r.put(parts[1], parts.length > 2 ? parts[2] : "");
      }
    }
    if (!r.containsKey("opened")) {
      r.put("note", "exit " + run.exitCode() + ": " + run.tail().replace('\n', ' '));
    }
    System.out.println("  " + side[0] + " n=" + n + ": " + r);
    return r;
  }

  private void scaleRows(int n, Map<String, Map<String, String>> r) {
    Map<String, String> ours = r.get("ours");
    Map<String, String> raw = r.get("raw");
    Map<String, String> peer = r.get("openai");
    String label = "scale, " + String.format(Locale.ROOT, "%,d", n) + " sessions: ";
    for (Map.Entry<String, Map<String, String>> e : r.entrySet()) {
      Map<String, String> side = e.getValue();
      if (side.get("note") != null || num(side, "opened") < n || num(side, "completed") < n) {
        table.note(label + e.getKey() + ": opened " + side.get("opened") + ", completed "
            + side.get("completed") + " of " + n + (side.get("note") == null ? "" : "; " + side.get("note")));
      }
    }
    if (!r.values().stream().allMatch(m -> m.containsKey("opened"))) {
      table.missing(label + "all metrics", "-", "a side did not run (see the notes)");
      return;
    }
    double oh = num(ours, "heap_per_session_bytes") / 1024;
    double ph = num(peer, "heap_per_session_bytes") / 1024;
    double rh = num(raw, "heap_per_session_bytes") / 1024;
    table.custom(label + "heap per session after GC", fmt(oh) + " KB",
        "openai-java " + fmt(ph) + " KB; raw OkHttp " + fmt(rh) + " KB",
        fmt(oh / ph) + "x; " + fmt(oh / rh) + "x", "<= 32 KB, < openai-java", oh <= 32 && oh < ph);
    double ot = num(ours, "threads_per_session");
    double pt = num(peer, "threads_per_session");
    double rt = num(raw, "threads_per_session");
    table.custom(label + "platform threads per session", fmt(ot),
        "openai-java " + fmt(pt) + "; raw OkHttp " + fmt(rt),
        (pt > 0 ? fmt(ot / pt) + "x" : "-") + "; " + (rt > 0 ? fmt(ot / rt) + "x" : "-"),
        "<= 0.01 (JDK 21+), < openai-java", ot <= 0.01 && ot < pt);
    double o99 = num(ours, "p99_ms");
    double p99 = num(peer, "p99_ms");
    double r99 = num(raw, "p99_ms");
    table.custom(label + "event latency p50 / p99", fmt(num(ours, "p50_ms")) + " / " + fmt(o99) + " ms",
        "openai-java " + fmt(num(peer, "p50_ms")) + " / " + fmt(p99) + " ms; raw OkHttp "
            + fmt(num(raw, "p50_ms")) + " / " + fmt(r99) + " ms",
        "p99 " + fmt(o99 / p99) + "x; " + fmt(o99 / r99) + "x", "p99 <= 1.2x raw, < openai-java",
        o99 <= 1.2 * r99 && o99 < p99);
    double oo = num(ours, "open_ms");
    double po = num(peer, "open_ms");
    double ro = num(raw, "open_ms");
    table.custom(label + "time to open all", fmt(oo) + " ms",
        "openai-java " + fmt(po) + " ms; raw OkHttp " + fmt(ro) + " ms",
        fmt(oo / po) + "x; " + fmt(oo / ro) + "x", "< openai-java", oo < po);
    Map<String, String> ours17 = r.get("ours17");
    if (ours17 != null && ours17.containsKey("opened")) {
      table.info(label + "ours on JDK 17 (platform readers): threads / heap per session",
          fmt(num(ours17, "threads_per_session")) + " / "
              + fmt(num(ours17, "heap_per_session_bytes") / 1024) + " KB", "-", "-");
    }
  }

  private static double num(Map<String, String> m, String key) {
    try {
      return Double.parseDouble(m.getOrDefault(key, "0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private Map<String, Double> jmh(Path module, String regex) throws Exception {
    Path csv = work.resolve(regex + ".csv");
    Files.deleteIfExists(csv);
    List<String> args = new ArrayList<>(List.of(regex, "-rf", "csv", "-rff", csv.toString(),
        "-prof", "gc", "-jvmArgs", String.join(" ", CHILD_JVM)));
    if (quick) {
      args.addAll(List.of("-f", "1", "-wi", "1", "-w", "200ms", "-i", "1", "-r", "200ms"));
    } else {
      args.addAll(List.of("-f", "2", "-wi", "3", "-w", "1s", "-i", "4", "-r", "1s"));
    }
    Jvm.Run run = Jvm.run(Jvm.classPath(module), List.of(), "org.openjdk.jmh.Main", args, 600);
    if (!Files.exists(csv)) {
      System.out.println(run.tail());
      return Map.of();
    }
    return JmhCsv.scores(Files.readAllLines(csv));
  }

  private Path module(String name) {
    return root.resolve(name);
  }

  private static String fmt(double value) {
    return ResultTable.format(value);
  }

  static String machine() {
    String cpu = "unknown CPU";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // not Linux: keep "unknown CPU"
    }
    return String.format(Locale.ROOT, "Machine: %d cores (nproc), %s, %s %s (%s), %s %s; run %s UTC",
        Runtime.getRuntime().availableProcessors(), cpu,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("java.vendor"), System.getProperty("os.name"),
        System.getProperty("os.arch"),
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
  }
}
