package dev.realtimeprofiles.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.realtimeprofiles.processor.Profiles.assertOnlyError;
import static dev.realtimeprofiles.processor.Profiles.assertOnlyWarning;
import static dev.realtimeprofiles.processor.Profiles.assertValid;
import static dev.realtimeprofiles.processor.Profiles.profile;
import static dev.realtimeprofiles.processor.Profiles.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.realtimeprofiles.processor.model.InstructionsTemplate;
import dev.realtimeprofiles.processor.model.ProfileModel;
import dev.realtimeprofiles.processor.validate.Message;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where @RealtimeSession may go, and record profiles' instructions. */
class ProfileShapeTest {

  private static JavaFileObject orderHelp(String instructions) {
    return profile("OrderHelp", "record", "(String customer, String orderId)",
        List.of("instructions = \"" + instructions + "\""));
  }

  @Test
  void recordPlaceholdersValid() {
    Compilation c = assertValid(orderHelp("Help {customer} with {orderId}. Say {{hi}}."));
    assertThat(c).succeededWithoutWarnings();
    ProfileModel model = Profiles.lastProcessor.validProfiles().get(0);
    assertThat(model.isRecord()).isTrue();
    assertThat(InstructionsTemplate.parse(model.instructions().value()).segments())
        .containsExactly(
            new InstructionsTemplate.Literal("Help "),
            new InstructionsTemplate.Placeholder("customer"),
            new InstructionsTemplate.Literal(" with "),
            new InstructionsTemplate.Placeholder("orderId"),
            new InstructionsTemplate.Literal(". Say {hi}."));
  }

  @Test
  void unknownPlaceholder() {
    assertOnlyError(orderHelp("Help {customer} of {compnay} with {orderId}."), "instructions",
        Message.INSTRUCTIONS_UNKNOWN_PLACEHOLDER, "compnay", "[customer, orderId]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"{customer} {orderId} {|{|21", "{customer} {orderId} }|}|21",
        "{customer {orderId}|{|0", "{customer} {orderId} {{x}|}|24"})
  void unbalancedBrace(String instructions, char brace, int index) {
    assertOnlyError(orderHelp(instructions), "instructions", Message.INSTRUCTIONS_UNBALANCED,
        brace, index);
  }

  @Test
  void unusedComponentWarns() {
    assertOnlyWarning(orderHelp("Help {customer}."), "instructions",
        Message.INSTRUCTIONS_UNUSED_COMPONENT, "orderId", "orderId");
  }

  @Test
  void interfaceInstructionsAreLiteral() {
    assertValid(Profiles.agent("instructions = \"Answer in {json} with { or }.\""));
  }

  @Test
  void recordWithToolMethod() {
    assertOnlyError(
        profile("OrderHelp", "record", "(String customer)",
            List.of("instructions = \"Help {customer}.\""), "@Tool",
            "public String lookup() { return customer; }"),
        "@Tool",
        Message.TOOL_ON_RECORD,
        "lookup");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"class|a class", "enum|an enum", "@interface|an annotation type"})
  void notAnInterfaceOrRecord(String kind, String what) {
    assertOnlyError(profile("Agent", kind, "", List.of()), "@RealtimeSession",
        Message.PROFILE_KIND, what);
  }

  @Test
  void genericProfile() {
    assertOnlyError(profile("Agent", "interface", "<T>", List.of()), "@RealtimeSession",
        Message.PROFILE_GENERIC, "test.Agent");
  }

  @Test
  void privateNestedProfile() {
    JavaFileObject src =
        source("test.Outer", "package test;", "import dev.realtimeprofiles.*;",
            "public class Outer {", "  @RealtimeSession", "  private interface Agent {}", "}");
    assertOnlyError(src, "@RealtimeSession", Message.PROFILE_PRIVATE, "test.Outer.Agent");
  }

  @Test
  void profileInPrivateType() {
    JavaFileObject src =
        source("test.Outer", "package test;", "import dev.realtimeprofiles.*;",
            "public class Outer {", "  private static class Hidden {", "    @RealtimeSession",
            "    interface Agent {}", "  }", "}");
    assertOnlyError(src, "@RealtimeSession", Message.PROFILE_IN_PRIVATE_TYPE,
        "test.Outer.Hidden.Agent", "test.Outer.Hidden");
  }

  @Test
  void localProfileIsInvisibleToProcessors() {
    JavaFileObject src =
        source("test.Outer", "package test;", "import dev.realtimeprofiles.*;",
            "public class Outer {", "  void run() {", "    @RealtimeSession",
            "    interface Agent {}", "  }", "}");
    // Annotation processing never sees local types (RoundEnvironment covers only root
    // elements and their members), so no processor can report on them: nothing happens.
    Compilation c = Profiles.compile(src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(Profiles.lastProcessor.validProfiles()).isEmpty();
  }

  @Test
  void nestedAndPackagePrivateProfilesAreValid() {
    JavaFileObject src =
        source("test.Outer", "package test;", "import dev.realtimeprofiles.*;",
            "public class Outer {", "  @RealtimeSession(voice = Voice.ASH)",
            "  public interface Agent {}", "  @RealtimeSession", "  record Help(String who) {",
            "  }", "}",
            "@RealtimeSession(instructions = \"Hi {who}\")", "record Other(String who) {}");
    Compilation c = Profiles.compile(src);
    assertThat(c).succeeded();
    // Help's component is unused (no instructions): a warning, not an error.
    assertThat(c).hadWarningCount(1);
    assertThat(Profiles.lastProcessor.validProfiles())
        .extracting(ProfileModel::qualifiedName, m -> m.simpleNames())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("test.Outer.Agent", List.of("Outer", "Agent")),
            org.assertj.core.groups.Tuple.tuple("test.Outer.Help", List.of("Outer", "Help")),
            org.assertj.core.groups.Tuple.tuple("test.Other", List.of("Other")));
  }
}
