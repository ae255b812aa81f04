package dev.realtimeprofiles.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.realtimeprofiles.processor.Profiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.processor.model.ProfileModel;
import dev.realtimeprofiles.processor.model.ToolModel;
import dev.realtimeprofiles.processor.validate.Message;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InheritanceTest {
  private static final JavaFileObject BASE =
      profile("Base", "interface", "", List.of("voice = Voice.MARIN", "speed = 1.2"),
          "@Tool(description = \"Look up an order\")", "String lookup(String id);");

  private static JavaFileObject child(List<String> attributes, String... body) {
    return profile("Child", "interface", " extends Base", attributes, body);
  }

  private static ProfileModel valid(String qualifiedName) {
    return Profiles.lastProcessor.validProfiles().stream()
        .filter(m -> m.qualifiedName().equals(qualifiedName))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void childInheritsWhatItDoesNotSetAndTheParentsTools() {
    Profiles.assertValid(BASE, child(List.of("instructions = \"Child\"", "toolChoice = \"lookup\"")));
    ProfileModel child = valid("test.Child");
    assertThat(child.voice().value()).isEqualTo(Voice.MARIN);
    assertThat(child.voice().explicit()).isTrue();
    assertThat(child.voice().element().getSimpleName().toString()).isEqualTo("Base");
    assertThat(child.speed().value()).isEqualTo(1.2);
    assertThat(child.instructions().value()).isEqualTo("Child");
    assertThat(child.tools()).extracting(ToolModel::toolName).containsExactly("lookup");
    assertThat(child.parents()).extracting(ProfileModel::qualifiedName)
        .containsExactly("test.Base");
  }

  @Test
  void childOverridesAttributesAndToolMethods() {
    Profiles.assertValid(BASE, child(List.of("voice = Voice.SAGE"),
        "@Tool(description = \"Look up an order by its number\")", "String lookup(String id);",
        "@Tool", "void cancel(String id);"));
    ProfileModel child = valid("test.Child");
    assertThat(child.voice().value()).isEqualTo(Voice.SAGE);
    assertThat(child.tools()).extracting(t -> t.toolName() + ": " + t.description().value())
        .containsExactly("lookup: Look up an order by its number", "cancel: ");
  }

  @Test
  void aChildsModelIdOrVoiceIdReplacesTheParentsEnumSetting() {
    JavaFileObject child =
        child(List.of("modelId = \"gpt-realtime-next\"", "voiceId = \"voice_1234\""));
    Compilation c = Profiles.compile(BASE, child);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(2);
    assertThat(c)
        .hadWarningContaining(Message.MODEL_ID_UNCHECKED.format("\"gpt-realtime-next\""))
        .inFile(child)
        .onLineContaining("modelId = ");
    assertThat(c)
        .hadWarningContaining(Message.VOICE_ID_UNCHECKED.format("\"voice_1234\""))
        .inFile(child)
        .onLineContaining("voiceId = ");
    ProfileModel model = valid("test.Child");
    assertThat(model.voice().explicit()).isFalse();
    assertThat(model.voiceId().value()).isEqualTo("voice_1234");
    assertThat(model.modelId().value()).isEqualTo("gpt-realtime-next");
  }

  @Test
  void grandparentsToo() {
    JavaFileObject middle =
        profile("Middle", "interface", " extends Base", List.of("instructions = \"Middle\""),
            "@Tool", "void cancel(String id);");
    JavaFileObject leaf = profile("Leaf", "interface", " extends Middle", List.of());
    Profiles.assertValid(BASE, middle, leaf);
    ProfileModel model = valid("test.Leaf");
    assertThat(model.voice().value()).isEqualTo(Voice.MARIN);
    assertThat(model.instructions().value()).isEqualTo("Middle");
    assertThat(model.tools()).extracting(ToolModel::toolName).containsExactly("lookup", "cancel");
  }

  @Test
  void aChildSettingBreaksAParentAttributeReportedOnTheParentsLine() {
    Compilation c = Profiles.compile(BASE, child(List.of("api = Api.BETA")));
    assertThat(c)
        .hadErrorContaining(
            Message.VOICE_NOT_IN_BETA.format("MARIN",
                    "ALLOY, ASH, BALLAD, CORAL, ECHO, SAGE, SHIMMER, VERSE")
                + Message.inheritedBy("test.Child"))
        .inFile(BASE)
        .onLineContaining("voice = Voice.MARIN");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void aParentsOwnErrorIsReportedOnce() {
    JavaFileObject base = profile("Base", "interface", "", List.of("speed = 9.0"));
    Compilation c = Profiles.compile(base, child(List.of("voice = Voice.ASH")));
    assertThat(c).hadErrorContaining(Message.SPEED_RANGE.format(9.0)).inFile(base)
        .onLineContaining("speed = 9.0");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void aChildToolNameClashingWithAParentTool() {
    JavaFileObject child = child(List.of(), "@Tool(name = \"lookup\")", "void find(String q);");
    Compilation c = Profiles.compile(BASE, child);
    assertThat(c).hadErrorContaining(Message.TOOL_NAME_DUPLICATE.format("\"lookup\"", "lookup"))
        .inFile(child).onLineContaining("@Tool(name = \"lookup\")");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void aParentFromAJarIsReportedOnTheChild(@TempDir Path classes) throws IOException {
    Compilation base = Profiles.compile(BASE);
    assertThat(base).succeeded();
    JavaFileObject child = child(List.of("api = Api.BETA"));
    Compilation c = compileAgainst(base, classes, child);
    assertThat(c)
        .hadErrorContaining(
            Message.VOICE_NOT_IN_BETA.format("MARIN",
                    "ALLOY, ASH, BALLAD, CORAL, ECHO, SAGE, SHIMMER, VERSE")
                + Message.inheritedBy("test.Child") + " from test.Base")
        .inFile(child)
        .onLineContaining("@RealtimeSession");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void anInvalidParentFromAJarBuiltWithoutTheProcessorIsReportedOnTheChild(
      @TempDir Path classes) throws IOException {
    JavaFileObject invalidBase = profile("Base", "interface", "", List.of("speed = 9.0"));
    Compilation base = Compiler.javac().withOptions("-proc:none").compile(invalidBase);
    assertThat(base).succeeded();
    JavaFileObject child = child(List.of("voice = Voice.ASH"));
    Compilation c = compileAgainst(base, classes, child);
    assertThat(c)
        .hadErrorContaining(Message.SPEED_RANGE.format(9.0)
            + Message.inheritedBy("test.Child") + " from test.Base")
        .inFile(child)
        .onLineContaining("@RealtimeSession");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void aChildOfAParentGeneratedInALaterRoundWaitsForIt() {
    Processor generatesBase = new GeneratesSource("test.Base", String.join("\n",
        "package test;",
        "import dev.realtimeprofiles.*;",
        "@RealtimeSession(voice = Voice.MARIN)",
        "public interface Base {}"));
    RealtimeSessionProcessor processor = new RealtimeSessionProcessor();
    Compilation c = Compiler.javac().withProcessors(generatesBase, processor)
        .compile(child(List.of("instructions = \"Child\"")));
    assertThat(c).succeededWithoutWarnings();
    assertThat(processor.internalErrors()).isEmpty();
    ProfileModel child = processor.validProfiles().stream()
        .filter(m -> m.qualifiedName().equals("test.Child"))
        .findFirst()
        .orElseThrow();
    assertThat(child.voice().value()).isEqualTo(Voice.MARIN);
    assertThat(child.parents()).extracting(ProfileModel::qualifiedName)
        .containsExactly("test.Base");
  }

  @Test
  void aChildOfAMissingParentIsReportedAtTheEnd() {
    JavaFileObject child = child(List.of());
    Compilation c = Profiles.compile(child);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(child)
        .onLineContaining("extends Base");
    assertThat(c).hadErrorContaining(Message.UNRESOLVED_TYPES.format("test.Child", "Base"))
        .inFile(child).onLineContaining("public interface Child");
    assertThat(c).hadErrorCount(2);
    assertThat(Profiles.lastProcessor.internalErrors()).isEmpty();
    assertThat(Profiles.lastProcessor.generatedFiles()).isEmpty();
  }
  /** Compiles {@code source} with a fresh processor against the class files {@code base} wrote. */
  private static Compilation compileAgainst(Compilation base, Path classes, JavaFileObject source)
      throws IOException {
    for (JavaFileObject out : base.generatedFiles()) {
      if (out.getKind() == JavaFileObject.Kind.CLASS) {
        String name = out.getName().substring(out.getName().indexOf("test/"));
        Path target = classes.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = out.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    List<File> classpath = new ArrayList<>();
    classpath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    RealtimeSessionProcessor processor = new RealtimeSessionProcessor();
    return Compiler.javac().withProcessors(processor).withClasspath(classpath).compile(source);
  }
}
