package dev.realtimeprofiles.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole generated source of representative profiles, compared byte for byte with
 * {@code src/test/resources/expected/<stub>.java}: an interface with tools (the README's
 * SupportAgent), a record with an instructions template, an inherited profile and a beta profile.
 *
 * <p>After an intended change of the generated code, rewrite the goldens and review the diff:
 * <pre>mvn -pl processor -am test -Dtest=GoldenFileTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true</pre>
 * With {@code golden.update=true} the test writes the files (into the source tree, relative to
 * the module directory, which is surefire's working directory) and then compares as usual.
 */
class GoldenFileTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Path SOURCE_ROOT = Path.of("src/test/resources/expected");
  private static Compilation compilation;

  static List<String> goldenStubs() {
    return List.of(
        "RealtimeSupportAgent", "RealtimeOrderHelp", "RealtimeBillingAgent", "RealtimeLegacyAgent");
  }

  @BeforeAll
  static void compile() {
    compilation = GoodProfiles.compile();
    assertThat(compilation).succeeded();
  }

  @ParameterizedTest
  @MethodSource("goldenStubs")
  void generatedSourceIsTheGolden(String stub) throws IOException {
    String qualified = "acme." + stub;
    if (UPDATE) {
      JavaFileObject generated = compilation.generatedSourceFile(qualified).orElseThrow();
      Files.createDirectories(SOURCE_ROOT);
      Files.writeString(SOURCE_ROOT.resolve(stub + ".java"),
          generated.getCharContent(true), StandardCharsets.UTF_8);
    }
    assertThat(compilation)
        .generatedSourceFile(qualified)
        .contentsAsUtf8String()
        .isEqualTo(expected(stub));
  }

  private static String expected(String stub) {
    if (UPDATE) {
      try {
        return Files.readString(SOURCE_ROOT.resolve(stub + ".java"), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (InputStream in = GoldenFileTest.class.getResourceAsStream("/expected/" + stub + ".java")) {
      if (in == null) {
        throw new IllegalStateException("no golden expected/" + stub + ".java; run with"
            + " -Dgolden.update=true to write it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
