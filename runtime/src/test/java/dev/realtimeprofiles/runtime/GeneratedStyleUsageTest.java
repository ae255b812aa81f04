package dev.realtimeprofiles.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code like the processor generates compiles against this runtime warning-free under
 * {@code -Xlint:all -Werror} WITHOUT Immutables on the class path (users do not have it: the
 * dependency is provided-scope), calling only the public builders.
 */
class GeneratedStyleUsageTest {

  private static final String SOURCE =
      String.join(
          "\n",
          "package user;",
          "import dev.realtimeprofiles.*;",
          "import dev.realtimeprofiles.runtime.*;",
          "public final class RealtimeSupportAgent {",
          "  public static final SessionConfig CONFIG = SessionConfig.builder()",
          "      .api(Api.GA).model(Model.GPT_REALTIME).voice(Voice.ASH)",
          "      .addModalities(Modality.AUDIO).instructions(\"Be brief.\")",
          "      .turnDetection(TurnDetectionConfig.builder()",
          "          .type(TurnDetectionType.SERVER_VAD).silenceDurationMs(400).build())",
          "      .noiseReduction(NoiseReduction.NONE)",
          "      .inputAudioTranscription(TranscriptionConfig.builder().language(\"en\").build())",
          "      .addTools(FunctionTool.builder().name(\"lookupOrder\").description(\"d\")",
          "          .parameters(\"{\\\"type\\\":\\\"object\\\"}\").build())",
          "      .toolChoice(\"lookupOrder\").maxResponseOutputTokens(SessionConfig.INF)",
          "      .expiresAfterSeconds(600).extra(\"{\\\"tracing\\\":\\\"auto\\\"}\")",
          "      .build();",
          "  private static final SessionRequest REQUEST = SessionRequest.of(CONFIG, \"{}\");",
          "  private final RealtimeClient client;",
          "  public RealtimeSupportAgent(RealtimeClient client) { this.client = client; }",
          "  public EphemeralSession create() { return client.create(REQUEST); }",
          "  public java.util.concurrent.CompletableFuture<EphemeralSession> createAsync() {",
          "    return client.createAsync(REQUEST);",
          "  }",
          "  static SessionConfig variant() { return CONFIG.withVoice(\"marin\").withSpeed(1.2); }",
          "}",
          "");

  @Test
  void compilesWithoutImmutablesAndWithoutWarnings(@TempDir Path out) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("immutables"))
            .collect(Collectors.joining(File.pathSeparator));
    assertThat(classPath).doesNotContain("immutables").contains("classes");
    JavaFileObject source =
        new SimpleJavaFileObject(
            URI.create("string:///user/RealtimeSupportAgent.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return SOURCE;
          }
        };
    StringWriter diagnostics = new StringWriter();
    List<String> options =
        List.of(
            "-Xlint:all", "-Werror", "-proc:none", "--release", "17",
            "-classpath", classPath, "-d", out.toString());

    boolean ok = javac.getTask(diagnostics, null, null, options, null, List.of(source)).call();

    assertThat(diagnostics.toString()).isEmpty();
    assertThat(ok).isTrue();
    assertThat(Files.exists(out.resolve("user/RealtimeSupportAgent.class"))).isTrue();
  }
}
