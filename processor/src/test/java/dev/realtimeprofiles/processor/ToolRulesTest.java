package dev.realtimeprofiles.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.realtimeprofiles.processor.Profiles.agent;
import static dev.realtimeprofiles.processor.Profiles.assertOnlyError;
import static dev.realtimeprofiles.processor.Profiles.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.realtimeprofiles.processor.model.JsonType;
import dev.realtimeprofiles.processor.model.ProfileModel;
import dev.realtimeprofiles.processor.model.ToolModel;
import dev.realtimeprofiles.processor.validate.Message;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ToolRulesTest {

  private static final JavaFileObject TYPES =
      Profiles.source(
          "test.Types",
          "package test;",
          "import dev.realtimeprofiles.Param;",
          "import java.util.*;",
          "public final class Types {",
          "  private Types() {}",
          "  public enum Color { RED, GREEN }",
          "  public record Address(@Param(description = \"street\") String street, int zip) {}",
          "  public record Customer(String name, Optional<Address> address, List<Color> likes) {}",
          "  public record Node(String name, List<Node> children) {}",
          "  public record Box<T>(T value) {}",
          "  public record Bad(Object value) {}",
          "}");

  private static JavaFileObject tools(String... body) {
    String[] all = java.util.Arrays.copyOf(body, body.length + 1);
    all[body.length] = "record Bad(Object value) {}";
    return agent(List.of("instructions = \"Help.\""), all);
  }

  @Test
  void everyMappableTypeIsValid() {
    Compilation c =
        assertValid(
            TYPES,
            tools(
                "@Tool(description = \"Look up an order\")",
                "String lookupOrder(@Param(description = \"order number\") String orderId);",
                "@Tool",
                "void primitives(char c, boolean b, byte y, short s, int i, long l, float f,"
                    + " double d);",
                "@Tool",
                "Integer boxes(Character c, Boolean b, Byte y, Short s, Integer i, Long l,"
                    + " Float f, Double d);",
                "@Tool",
                "Types.Color collections(List<String> a, Set<Integer> b, Collection<Long> c,"
                    + " String[] d, int[][] e, List<Types.Color> f);",
                "@Tool",
                "Types.Customer records(Types.Customer customer, Types.Node tree,"
                    + " Types.Box<String> box, Optional<Types.Address> address);",
                "@Tool(name = \"maps\")",
                "Map<String, List<Types.Node>> returnsMap();",
                "@Tool",
                "default Optional<String> byDefault(String q) { return Optional.of(q); }"));
    assertThat(c).succeededWithoutWarnings();
    ProfileModel model = Profiles.lastProcessor.validProfiles().get(0);
    assertThat(model.tools()).extracting(ToolModel::toolName)
        .containsExactly("lookupOrder", "primitives", "boxes", "collections", "records", "maps",
            "byDefault");
    ToolModel lookup = model.tools().get(0);
    assertThat(lookup.description().value()).isEqualTo("Look up an order");
    assertThat(lookup.params().get(0).description().value()).isEqualTo("order number");
    assertThat(lookup.params().get(0).type())
        .isEqualTo(new JsonType.Scalar("java.lang.String", JsonType.Kind.STRING, false));
    JsonType.RecordType node =
        (JsonType.RecordType) model.tools().get(4).params().get(1).type();
    JsonType.ArrayType children = (JsonType.ArrayType) node.properties().get(1).type();
    assertThat(children.items()).isInstanceOf(JsonType.RecordRef.class);
    JsonType.OptionalType address = (JsonType.OptionalType) model.tools().get(4).params().get(3)
        .type();
    assertThat(((JsonType.RecordType) address.value()).properties().get(0).description())
        .isEqualTo("street");
    JsonType.RecordType box = (JsonType.RecordType) model.tools().get(4).params().get(2).type();
    assertThat(box.properties().get(0).type()).isInstanceOf(JsonType.Scalar.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Object x|java.lang.Object|java.lang.Object|not a type JSON can carry",
        "List x|java.util.List|java.util.List|a raw type",
        "List<?> x|java.util.List<?>|?|a wildcard",
        "List<? extends Number> x|java.util.List<? extends java.lang.Number>"
            + "|? extends java.lang.Number|a wildcard",
        "Map<String, String> x|java.util.Map<java.lang.String,java.lang.String>"
            + "|java.util.Map<java.lang.String,java.lang.String>"
            + "|a Map, which only a return type may be",
        "Bad x|test.Agent.Bad|java.lang.Object|not a type JSON can carry",
        "Optional<Runnable> x|java.util.Optional<java.lang.Runnable>|java.lang.Runnable"
            + "|not a type JSON can carry",
        "java.math.BigDecimal x|java.math.BigDecimal|java.math.BigDecimal"
            + "|not a type JSON can carry"
      })
  void unmappableParameter(String declaration, String type, String bad, String reason) {
    assertOnlyError(
        tools("@Tool", "void call(String ok, " + declaration + ");"),
        declaration,
        Message.TOOL_PARAMETER_TYPE,
        "x", "call", type, bad, reason);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Object|java.lang.Object|not a type JSON can carry",
        "List<?>|?|a wildcard",
        "Map<Integer, String>|java.util.Map<java.lang.Integer,java.lang.String>"
            + "|a Map whose keys are not String",
        "Map|java.util.Map|a raw type",
        "Thread|java.lang.Thread|not a type JSON can carry"
      })
  void unserialisableReturnType(String type, String bad, String reason) {
    String written =
        type.equals("Map<Integer, String>")
            ? "java.util.Map<java.lang.Integer,java.lang.String>"
            : type.equals("List<?>") ? "java.util.List<?>"
            : type.equals("Map") ? "java.util.Map" : "java.lang." + type;
    assertOnlyError(
        tools("@Tool", type + " call();"),
        type + " call();",
        Message.TOOL_RETURN_TYPE,
        written, "call", bad, reason);
  }

  @Test
  void genericToolMethod() {
    assertOnlyError(tools("@Tool", "<T> T call(T value);"), "@Tool", Message.TOOL_GENERIC,
        "call");
  }

  @Test
  void aGenericToolMethodStillHasItsDescriptionChecked() {
    String line = "@Tool(description = \"" + "d".repeat(1025) + "\")";
    JavaFileObject src = tools(line, "<T> T call(T value);");
    Compilation c = Profiles.compile(src);
    assertThat(c).hadErrorContaining(Message.TOOL_GENERIC.format("call")).inFile(src)
        .onLineContaining("@Tool(description");
    assertThat(c).hadErrorContaining(Message.TOOL_DESCRIPTION_LENGTH.format(1025)).inFile(src)
        .onLineContaining("@Tool(description");
    assertThat(c).hadErrorCount(2);
    assertThat(Profiles.lastProcessor.internalErrors()).isEmpty();
  }

  @Test
  void staticToolMethod() {
    assertOnlyError(tools("@Tool", "static String call() { return \"\"; }"), "@Tool",
        Message.TOOL_NOT_INSTANCE, "call", "static");
  }

  @Test
  void privateToolMethod() {
    assertOnlyError(tools("@Tool", "private String call() { return \"\"; }"), "@Tool",
        Message.TOOL_NOT_INSTANCE, "call", "private");
  }

  @Test
  void toolOutsideAProfile() {
    JavaFileObject src =
        Profiles.source(
            "test.Helper",
            "package test;",
            "import dev.realtimeprofiles.Tool;",
            "public class Helper {",
            "  @Tool",
            "  public String call() { return \"\"; }",
            "}");
    Compilation c = Profiles.compile(src);
    assertThat(c).hadErrorContaining(Message.TOOL_NOT_IN_PROFILE.format("call"))
        .inFile(src).onLineContaining("@Tool");
    assertThat(c).hadErrorCount(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"look up", "look.up", "", "ä"})
  void badExplicitName(String name) {
    String line = "@Tool(name = \"" + name + "\")";
    assertOnlyError(tools(line, "void call();"), line, Message.TOOL_NAME_PATTERN,
        "\"" + name + "\"", "");
  }

  @Test
  void nameOf65CharactersIsTooLongAnd64Fits() {
    String n64 = "a".repeat(64);
    assertValid(tools("@Tool(name = \"" + n64 + "\")", "void call();"));
    String line = "@Tool(name = \"" + n64 + "b\")";
    assertOnlyError(tools(line, "void call();"), line, Message.TOOL_NAME_PATTERN,
        "\"" + n64 + "b\"", "");
  }

  @Test
  void badMethodNameAsDefaultName() {
    assertOnlyError(tools("@Tool", "void call$now();"), "@Tool", Message.TOOL_NAME_PATTERN,
        "\"call$now\"", " (the method name; set @Tool(name = ...))");
  }

  @Test
  void duplicateNameReportedOnTheSecond() {
    assertOnlyError(
        tools("@Tool(name = \"lookup\")", "void first();", "@Tool(", "    name = \"lookup\")",
            "void second();"),
        "    name = \"lookup\")",
        Message.TOOL_NAME_DUPLICATE,
        "\"lookup\"", "first");
    assertOnlyError(
        tools("@Tool", "void lookup();", "@Tool(name = \"lookup\")", "void second();"),
        "@Tool(name = \"lookup\")",
        Message.TOOL_NAME_DUPLICATE,
        "\"lookup\"", "lookup");
  }

  @Test
  void descriptionUpTo1024Characters() {
    assertValid(tools("@Tool(description = \"" + "d".repeat(1024) + "\")", "void call();"));
    String line = "@Tool(description = \"" + "d".repeat(1025) + "\")";
    assertOnlyError(tools(line, "void call();"), "@Tool(description", Message
        .TOOL_DESCRIPTION_LENGTH, 1025);
  }

  @ParameterizedTest
  @ValueSource(strings = {"auto", "none", "required", "lookup_order"})
  void toolChoiceValid(String choice) {
    assertValid(agent(List.of("toolChoice = \"" + choice + "\""),
        "@Tool(name = \"lookup_order\")", "String lookup(String id);", "@Tool",
        "void cancel(String id);"));
  }

  @Test
  void toolChoiceNamingNoTool() {
    String line = "toolChoice = \"lookupOrder\"";
    assertOnlyError(
        agent(List.of(line), "@Tool(name = \"lookup_order\")", "String lookup(String id);",
            "@Tool", "void cancel(String id);"),
        line,
        Message.TOOL_CHOICE,
        "[lookup_order, cancel]", "\"lookupOrder\"");
    assertOnlyError(agent(line), line, Message.TOOL_CHOICE, "[]", "\"lookupOrder\"");
  }
}
