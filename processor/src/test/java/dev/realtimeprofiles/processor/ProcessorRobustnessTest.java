package dev.realtimeprofiles.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.realtimeprofiles.processor.Profiles.agent;
import static dev.realtimeprofiles.processor.Profiles.profile;
import static dev.realtimeprofiles.processor.Profiles.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.realtimeprofiles.processor.model.ProfileModel;
import dev.realtimeprofiles.processor.validate.Message;
import dev.realtimeprofiles.processor.validate.ProfileValidator;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ProcessorRobustnessTest {

  @Test
  void everyMistakeIsReportedOnItsOwnLine() {
    JavaFileObject src =
        agent(
            "api = Api.BETA",
            "temperature = 3.0",
            "maxResponseOutputTokens = 5000",
            "voice = Voice.MARIN",
            "speed = 2.0",
            "modalities = Modality.AUDIO",
            "toolChoice = \"lookup\"");
    Compilation c = Profiles.compile(src);
    assertThat(c).hadErrorContaining(Message.TEMPERATURE_RANGE.format(3.0))
        .inFile(src).onLineContaining("temperature = 3.0");
    assertThat(c).hadErrorContaining(Message.MAX_TOKENS_RANGE.format(5000))
        .inFile(src).onLineContaining("maxResponseOutputTokens = 5000");
    assertThat(c).hadErrorContaining(Message.VOICE_NOT_IN_BETA.format("MARIN",
        "ALLOY, ASH, BALLAD, CORAL, ECHO, SAGE, SHIMMER, VERSE"))
        .inFile(src).onLineContaining("voice = Voice.MARIN");
    assertThat(c).hadErrorContaining(Message.SPEED_RANGE.format(2.0))
        .inFile(src).onLineContaining("speed = 2.0");
    assertThat(c).hadErrorContaining(Message.MODALITIES_BETA.format("{AUDIO}"))
        .inFile(src).onLineContaining("modalities = Modality.AUDIO");
    assertThat(c).hadErrorContaining(Message.TOOL_CHOICE.format("[]", "\"lookup\""))
        .inFile(src).onLineContaining("toolChoice = \"lookup\"");
    assertThat(c).hadErrorCount(6);
  }

  @Test
  void errorLandsOnTheLineOfTheAttributeInAMultiLineAnnotation() {
    JavaFileObject src =
        source(
            "test.Agent",
            "package test;", // 1
            "import dev.realtimeprofiles.*;", // 2
            "@RealtimeSession(", // 3
            "    api = Api.BETA,", // 4
            "    turnDetection = @TurnDetection(", // 5
            "        type = TurnDetectionType.SERVER_VAD,", // 6
            "        threshold = 1.5),", // 7
            "    temperature =", // 8
            "        3.0)", // 9
            "public interface Agent {}");
    Compilation c = Profiles.compile(src);
    assertThat(c).hadErrorContaining(Message.THRESHOLD_RANGE.format(1.5)).inFile(src).onLine(7);
    // javac places an attribute's diagnostic at its value.
    assertThat(c).hadErrorContaining(Message.TEMPERATURE_RANGE.format(3.0)).inFile(src)
        .onLine(9);
    assertThat(c).hadErrorCount(2);
  }

  private static ProfileValidator failingFor(String simpleName) {
    return ProfileValidator.withExtraRules(
        List.of(
            (profile, report) -> {
              if (profile.type().getSimpleName().contentEquals(simpleName)) {
                throw new IllegalStateException("rule failed on " + simpleName);
              }
            }));
  }

  @Test
  void anExceptionInARuleBecomesAnErrorOnTheProfile() {
    JavaFileObject broken = profile("Broken", "interface", "", List.of("voice = Voice.ASH"));
    Compilation c = Profiles.compile(failingFor("Broken"), broken);
    assertThat(c).failed();
    assertThat(c)
        .hadErrorContaining(Message.INTERNAL_ERROR.format(
            "java.lang.IllegalStateException: rule failed on Broken at "))
        .inFile(broken)
        .onLineContaining("public interface Broken");
    assertThat(c).hadErrorCount(1);
    for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
      assertThat(d.getMessage(null)).doesNotContain("threw an uncaught exception");
    }
    assertThat(Profiles.lastProcessor.internalErrors()).singleElement()
        .asString().contains("rule failed on Broken");
  }

  @Test
  void otherProfilesAreStillProcessedWhenOneFails() {
    JavaFileObject broken = profile("Broken", "interface", "", List.of("voice = Voice.ASH"));
    JavaFileObject invalid = profile("Invalid", "interface", "", List.of("speed = 9.0"));
    JavaFileObject good = profile("Good", "interface", "", List.of("voice = Voice.SAGE"));
    Compilation c = Profiles.compile(failingFor("Broken"), broken, invalid, good);
    assertThat(c).hadErrorContaining(Message.INTERNAL_ERROR.format("")).inFile(broken)
        .onLineContaining("public interface Broken");
    assertThat(c).hadErrorContaining(Message.SPEED_RANGE.format(9.0)).inFile(invalid)
        .onLineContaining("speed = 9.0");
    assertThat(c).hadErrorCount(2);
    assertThat(Profiles.lastProcessor.validProfiles()).extracting(ProfileModel::qualifiedName)
        .containsExactly("test.Good");
  }
  @Test
  void profileUsingAGeneratedTypeIsDeferredToTheNextRound() {
    JavaFileObject src =
        agent(List.of("toolChoice = \"place\""), "@Tool", "String place(Order order);");
    RealtimeSessionProcessor processor = new RealtimeSessionProcessor();
    Compilation c =
        Compiler.javac().withProcessors(new GeneratesSource("test.Order", "package test; public record Order(String id, int quantity) {}"), processor).compile(src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(processor.validProfiles()).singleElement()
        .satisfies(m -> assertThat(m.tools().get(0).params().get(0).type().javaType())
            .isEqualTo("test.Order"));
  }

  @Test
  void profileUsingAMissingTypeIsReportedAtTheEnd() {
    JavaFileObject src = agent(List.of(), "@Tool", "String place(Missing order);");
    Compilation c = Profiles.compile(src);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(src)
        .onLineContaining("Missing order");
    assertThat(c)
        .hadErrorContaining(Message.UNRESOLVED_TYPES.format("test.Agent", "Missing"))
        .inFile(src).onLineContaining("public interface Agent");
    assertThat(c).hadErrorCount(2);
    assertThat(Profiles.lastProcessor.internalErrors()).isEmpty();
  }

  @Test
  void anUnknownEnumConstantIsLeftToJavac() {
    JavaFileObject src = agent("voice = Voice.FOO");
    Compilation c = Profiles.compile(src);
    // javac's own wording differs by version ("cannot find symbol" on 17, "an enum annotation
    // value must be an enum constant" on 25): assert it is javac's error alone, on that line.
    assertThat(c).hadErrorContaining("").inFile(src).onLineContaining("Voice.FOO");
    assertThat(c).hadErrorCount(1);
    assertThat(c.errors().get(0).getMessage(null)).doesNotContain("[Realtime");
    assertThat(Profiles.lastProcessor.internalErrors()).isEmpty();
  }
}
