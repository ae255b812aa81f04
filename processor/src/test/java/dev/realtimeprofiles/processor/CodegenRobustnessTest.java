package dev.realtimeprofiles.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.realtimeprofiles.processor.Profiles.profile;
import static dev.realtimeprofiles.processor.Profiles.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.realtimeprofiles.processor.validate.Message;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Generation next to bad input: invalid profiles, later rounds, inherited errors, Filer errors. */
class CodegenRobustnessTest {

  @Test
  void invalidProfileGeneratesNothingAndDoesNotStopTheOthers() {
    JavaFileObject bad = profile("Bad", "interface", "",
        List.of("api = Api.BETA", "temperature = 3.0", "speed = 9.0"));
    JavaFileObject good = profile("Good", "interface", "", List.of("voice = Voice.ASH"));
    JavaFileObject alsoGood = profile("AlsoGood", "record", "(String name)",
        List.of("instructions = \"Hi {name}\""));
    Compilation c = Profiles.compile(bad, good, alsoGood);
    assertThat(c).hadErrorContaining(Message.TEMPERATURE_RANGE.format(3.0))
        .inFile(bad).onLineContaining("temperature = 3.0");
    assertThat(c).hadErrorContaining(Message.SPEED_RANGE.format(9.0))
        .inFile(bad).onLineContaining("speed = 9.0");
    assertThat(c).hadErrorCount(2);
    assertThat(Profiles.lastProcessor.generatedFiles())
        .containsExactlyInAnyOrder("test.RealtimeGood", "test.RealtimeAlsoGood");
    assertThat(Profiles.lastProcessor.internalErrors()).isEmpty();
  }
  @Test
  void profileUsingATypeGeneratedInALaterRoundIsGeneratedInThatRound() throws IOException {
    JavaFileObject src = profile("Cart", "interface", "", List.of(),
        "@Tool(description = \"Add items\")", "void add(List<Item> items);");
    RealtimeSessionProcessor processor = new RealtimeSessionProcessor();
    Compilation c = Compiler.javac().withProcessors(new GeneratesSource("test.Item", "package test; public record Item(String sku, int quantity) {}"), processor).compile(src);
    assertThat(c).succeededWithoutWarnings();
    String stub = c.generatedSourceFile("test.RealtimeCart").orElseThrow()
        .getCharContent(true).toString();
    assertThat(stub)
        .contains("call.arguments().get(\"items\", new ArgumentType<List<Item>>() {})")
        .contains("\\\"sku\\\":{\\\"type\\\":\\\"string\\\"}");
    assertThat(processor.internalErrors()).isEmpty();
  }

  @Test
  void inheritedAttributeIsValidatedOnTheMergedProfileAndReportedWhereItIsWritten() {
    JavaFileObject parent = source("test.Base",
        "package test;",
        "import dev.realtimeprofiles.*;",
        "@RealtimeSession(",
        "    voice = Voice.MARIN,",
        "    expiresAfterSeconds = 60)",
        "public interface Base {}");
    JavaFileObject child = source("test.Legacy",
        "package test;",
        "import dev.realtimeprofiles.*;",
        "@RealtimeSession(",
        "    api = Api.BETA,",
        "    temperature = 3.0)",
        "public interface Legacy extends Base {}");
    Compilation c = Profiles.compile(parent, child);
    // Base alone is a valid GA profile; merged into a beta profile its GA-only values are not.
    assertThat(c).hadErrorContaining(Message.NOT_IN_BETA.format("expiresAfterSeconds"))
        .inFile(parent).onLineContaining("expiresAfterSeconds = 60");
    assertThat(c).hadErrorContaining("voice MARIN is not part of the beta Realtime API")
        .inFile(parent).onLineContaining("voice = Voice.MARIN");
    assertThat(c).hadErrorContaining(Message.TEMPERATURE_RANGE.format(3.0))
        .inFile(child).onLineContaining("temperature = 3.0");
    assertThat(c).hadErrorCount(3);
    assertThat(Profiles.lastProcessor.generatedFiles()).containsExactly("test.RealtimeBase");
  }

  @Test
  void childSettingOverridesAndInheritedToolsCountForToolChoice() throws IOException {
    JavaFileObject parent = source("test.Base",
        "package test;",
        "import dev.realtimeprofiles.*;",
        "@RealtimeSession(model = Model.GPT_REALTIME, voice = Voice.ASH, speed = 1.1)",
        "public interface Base {",
        "  @Tool String lookup(String id);",
        "}");
    JavaFileObject child = source("test.Child",
        "package test;",
        "import dev.realtimeprofiles.*;",
        "@RealtimeSession(model = Model.GPT_REALTIME_MINI, toolChoice = \"lookup\")",
        "public interface Child extends Base {}");
    Compilation c = Profiles.compile(parent, child);
    assertThat(c).succeededWithoutWarnings();
    String stub = c.generatedSourceFile("test.RealtimeChild").orElseThrow()
        .getCharContent(true).toString();
    assertThat(stub).contains(".model(Model.GPT_REALTIME_MINI)")
        .doesNotContain("Model.GPT_REALTIME)")
        .contains(".voice(Voice.ASH)")
        .contains(".speed(1.1)")
        .contains(".toolChoice(ToolChoice.function(\"lookup\"))")
        .contains("case \"lookup\":");
  }

  @Test
  void instructionsTemplateTakesAnyComponentTypeAndAnyComponentName() throws Exception {
    JavaFileObject src = profile("Count", "record", "(int count, String values, List<String> tags)",
        List.of("instructions = \"{count}{count} of {values}, {{tags}}: {tags}\""));
    Compilation c = Profiles.compile(src);
    assertThat(c).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(c);
    Class<?> record = classes.load("test.Count");
    Object values = record.getConstructors()[0].newInstance(3, "apples", List.of("a", "b"));
    Object text = classes.load("test.RealtimeCount").getMethod("instructions", record)
        .invoke(null, values);
    assertThat(text).isEqualTo("33 of apples, {tags}: [a, b]");
  }

  @Test
  void deprecatedProfileAndToolsCompileWithoutWarnings() {
    JavaFileObject src = source("test.Old",
        "package test;",
        "import dev.realtimeprofiles.*;",
        "@Deprecated",
        "@RealtimeSession(voice = Voice.ASH)",
        "public interface Old {",
        "  @Deprecated(forRemoval = true) @Tool void gone();",
        "}");
    Compilation c = Compiler.javac().withProcessors(new RealtimeSessionProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
        .compile(src);
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void aFileThatCannotBeWrittenIsADiagnosticOnTheProfile() {
    JavaFileObject profile = profile("Agent", "interface", "", List.of("voice = Voice.ASH"));
    JavaFileObject clash = source("test.RealtimeAgent",
        "package test;",
        "public final class RealtimeAgent {}");
    Compilation c = Profiles.compile(profile, clash);
    assertThat(c).hadErrorContaining("[RealtimeWrite] could not write test.RealtimeAgent")
        .inFile(profile).onLineContaining("public interface Agent");
    assertThat(c).hadErrorCount(1);
    assertThat(Profiles.lastProcessor.internalErrors()).isEmpty();
  }
}
