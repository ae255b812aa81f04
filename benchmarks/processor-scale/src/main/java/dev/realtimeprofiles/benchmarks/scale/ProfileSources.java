package dev.realtimeprofiles.benchmarks.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes N valid session profiles with mixed features (models, voices, modalities, the three kinds
 * of turn detection, transcription, noise reduction, tools with several parameter types, tool choice,
 * output limits, and record profiles with placeholders), and N AutoValue classes of the same size (one
 * property per attribute the profile sets, one per tool), so both processors see comparable input.
 * Deterministic: profile {@code i} is always the same source.
 */
final class ProfileSources {
  /** One generated compilation unit. */
  record Source(String path, String content) {}

  private static final String[] MODELS = {"GPT_REALTIME", "GPT_REALTIME_MINI", "GPT_REALTIME_2025_08_28"};
  private static final String[] VOICES =
      {"ALLOY", "ASH", "BALLAD", "CORAL", "ECHO", "SAGE", "SHIMMER", "VERSE", "MARIN", "CEDAR"};
  private static final String[] EAGERNESS = {"LOW", "MEDIUM", "HIGH", "AUTO"};
  private static final String[][] PARAM_TYPES = {
      {"String", "order number, like A-1017"}, {"int", "how many items"},
      {"boolean", "whether to include the history"}, {"long", "customer id"},
      {"double", "amount in euros"}, {"java.util.List<String>", "tags to filter by"}};

  private ProfileSources() {}

  static String packageOf(int i) {
    return "bench.p" + (i % 10);
  }

  static List<Source> profiles(int n) {
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sources.add(i % 5 == 4 ? recordProfile(i) : interfaceProfile(i));
    }
    return sources;
  }

  static List<Source> autoValues(int n) {
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sources.add(autoValue(i));
    }
    return sources;
  }

  /** Attributes profile {@code i} sets, as {@code name = value} lines (shared with AutoValue's size). */
  private static List<String> attributes(int i, boolean record, int tools) {
    List<String> a = new ArrayList<>();
    a.add("model = Model." + MODELS[i % MODELS.length]);
    a.add("voice = Voice." + VOICES[i % VOICES.length]);
    a.add("modalities = Modality." + (i % 3 == 0 ? "TEXT" : "AUDIO"));
    a.add("instructions = \"" + (record
        ? "Help {customer} with order {orderId}; profile " + i + ". Be brief."
        : "You are support agent number " + i + " of Acme. Be brief.") + "\"");
    switch (i % 3) {
      case 0 -> a.add("turnDetection = @TurnDetection(type = TurnDetectionType.SERVER_VAD, "
          + "silenceDurationMs = " + (300 + i % 400) + ", threshold = 0." + (1 + i % 9) + ")");
      case 1 -> a.add("turnDetection = @TurnDetection(type = TurnDetectionType.SEMANTIC_VAD, "
          + "eagerness = Eagerness." + EAGERNESS[i % EAGERNESS.length] + ")");
      default -> a.add("turnDetection = @TurnDetection(type = TurnDetectionType.NONE)");
    }
    if (i % 2 == 0) {
      a.add("inputAudioTranscription = @Transcription(model = \"gpt-4o-mini-transcribe\", "
          + "language = \"en\")");
    }
    if (i % 4 == 1) {
      a.add("noiseReduction = NoiseReduction." + (i % 8 == 1 ? "NEAR_FIELD" : "FAR_FIELD"));
    }
    if (i % 6 == 2) {
      a.add("maxResponseOutputTokens = " + (256 + i % 3000));
    }
    if (i % 7 == 3) {
      a.add("speed = 1." + (i % 5));
    }
    if (i % 9 == 5) {
      a.add("expiresAfterSeconds = " + (60 + i % 3600));
    }
    if (tools > 0 && i % 2 == 1) {
      a.add("toolChoice = \"tool0\"");
    } else if (tools > 0) {
      a.add("toolChoice = \"auto\"");
    }
    return a;
  }

  private static int toolCount(int i) {
    return i % 4;
  }

  private static String header(int i) {
    return "package " + packageOf(i) + ";\n\n"
        + "import dev.realtimeprofiles.*;\n\n";
  }

  private static Source interfaceProfile(int i) {
    int tools = toolCount(i);
    StringBuilder s = new StringBuilder(header(i));
    s.append("@RealtimeSession(\n    ")
        .append(String.join(",\n    ", attributes(i, false, tools)))
        .append(")\npublic interface Agent").append(i).append(" {\n");
    for (int t = 0; t < tools; t++) {
      String[] p = PARAM_TYPES[(i + t) % PARAM_TYPES.length];
      String[] q = PARAM_TYPES[(i + t + 1) % PARAM_TYPES.length];
      s.append("  @Tool(description = \"Tool ").append(t).append(" of agent ").append(i)
          .append("\")\n  ").append(t % 2 == 0 ? "String" : "void").append(" tool").append(t)
          .append("(@Param(description = \"").append(p[1]).append("\") ").append(p[0])
          .append(" a, @Param(description = \"").append(q[1]).append("\") ").append(q[0])
          .append(" b);\n");
    }
    s.append("}\n");
    return new Source(packageOf(i).replace('.', '/') + "/Agent" + i + ".java", s.toString());
  }

  private static Source recordProfile(int i) {
    StringBuilder s = new StringBuilder(header(i));
    s.append("@RealtimeSession(\n    ")
        .append(String.join(",\n    ", attributes(i, true, 0)))
        .append(")\npublic record Help").append(i).append("(String customer, String orderId) {}\n");
    return new Source(packageOf(i).replace('.', '/') + "/Help" + i + ".java", s.toString());
  }

  private static Source autoValue(int i) {
    boolean record = i % 5 == 4;
    int tools = record ? 0 : toolCount(i);
    int properties = attributes(i, record, tools).size() + tools + (record ? 2 : 0);
    String name = "Value" + i;
    StringBuilder s = new StringBuilder("package " + packageOf(i) + ";\n\n"
        + "import com.google.auto.value.AutoValue;\n\n@AutoValue\npublic abstract class " + name
        + " {\n");
    List<String> params = new ArrayList<>();
    List<String> args = new ArrayList<>();
    for (int k = 0; k < properties; k++) {
      String type = k % 3 == 0 ? "String" : k % 3 == 1 ? "int" : "double";
      String prop = "property" + k;
      s.append("  public abstract ").append(type).append(' ').append(prop).append("();\n");
      params.add(type + " " + prop);
      args.add(prop);
    }
    s.append(String.format(Locale.ROOT,
        "\n  public static %s create(%s) {\n    return new AutoValue_%s(%s);\n  }\n}\n",
        name, String.join(", ", params), name, String.join(", ", args)));
    return new Source(packageOf(i).replace('.', '/') + "/" + name + ".java", s.toString());
  }
}
