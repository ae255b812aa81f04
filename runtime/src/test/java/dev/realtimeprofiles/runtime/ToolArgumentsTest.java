package dev.realtimeprofiles.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolArgumentsTest {
  enum Priority { LOW, HIGH }

  record Item(String sku, int quantity, Optional<String> note) {}

  private static ToolArguments args(String json) {
    return ToolCall.of("placeOrder", "call_1", json).arguments();
  }

  @Test
  void convertsScalarsEnumsListsAndRecords() {
    ToolArguments args =
        args(
            "{\"orderId\":\"A-1017\",\"count\":3,\"express\":true,\"weight\":1.5,"
                + "\"priority\":\"HIGH\",\"tags\":[\"a\",\"b\"],"
                + "\"items\":[{\"sku\":\"X\",\"quantity\":2},{\"sku\":\"Y\",\"quantity\":1,\"note\":\"gift\"}]}");

    assertThat(args.get("orderId", ArgumentType.of(String.class))).isEqualTo("A-1017");
    int count = args.get("count", ArgumentType.of(int.class));
    assertThat(count).isEqualTo(3);
    assertThat(args.get("express", ArgumentType.of(boolean.class))).isTrue();
    assertThat(args.get("weight", ArgumentType.of(double.class))).isEqualTo(1.5);
    assertThat(args.get("priority", ArgumentType.of(Priority.class))).isEqualTo(Priority.HIGH);
    assertThat(args.get("tags", new ArgumentType<List<String>>() {})).containsExactly("a", "b");
    assertThat(args.get("items", new ArgumentType<List<Item>>() {}))
        .containsExactly(
            new Item("X", 2, Optional.empty()), new Item("Y", 1, Optional.of("gift")));
  }

  @Test
  void optionalAndNullableArgumentsMayBeMissingOrNull() {
    ToolArguments args = args("{\"note\":null}");
    assertThat(args.getOptional("note", ArgumentType.of(String.class))).isEmpty();
    assertThat(args.getOptional("absent", ArgumentType.of(String.class))).isEmpty();
    assertThat(args.getOrNull("absent", ArgumentType.of(Integer.class))).isNull();
  }

  @Test
  void aMissingRequiredArgumentIsNamed() {
    assertThatThrownBy(() -> args("{}").get("orderId", ArgumentType.of(String.class)))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("argument orderId of placeOrder is required but was missing");
  }

  @Test
  void aValueOfTheWrongTypeIsNamedWithItsType() {
    assertThatThrownBy(() -> args("{\"count\":\"many\"}").get("count", ArgumentType.of(int.class)))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("argument count of placeOrder is not a valid java.lang.Integer: ");
    assertThatThrownBy(
            () -> args("{\"priority\":\"URGENT\"}").get("priority", ArgumentType.of(Priority.class)))
        .isInstanceOf(ToolCallException.class)
        .hasMessageContaining("priority");
  }

  @Test
  void argumentsThatAreNotAJsonObjectAreRejected() {
    assertThatThrownBy(() -> args("{\"orderId\": "))
        .isInstanceOf(ToolCallException.class)
        .hasMessageStartingWith("arguments of placeOrder are not valid JSON");
    assertThatThrownBy(() -> args("[1, 2]"))
        .isInstanceOf(ToolCallException.class)
        .hasMessage("arguments of placeOrder must be a JSON object");
  }

  @Test
  void argumentTypeCapturesGenericTypesAndBoxesPrimitives() {
    assertThat(new ArgumentType<List<Item>>() {}.type().getTypeName())
        .isEqualTo("java.util.List<dev.realtimeprofiles.runtime.ToolArgumentsTest$Item>");
    assertThat(ArgumentType.of(long.class).type()).isEqualTo(Long.class);
  }

  @Test
  void resultsAreWrittenAsJson() {
    assertThat(ToolResults.toJson(new Item("X", 2, Optional.of("gift"))))
        .isEqualTo("{\"sku\":\"X\",\"quantity\":2,\"note\":\"gift\"}");
    assertThat(ToolResults.toJson(List.of(Priority.LOW))).isEqualTo("[\"LOW\"]");
    assertThat(ToolResults.toJson(null)).isEqualTo("null");
    assertThat(ToolResults.ofVoid()).isEqualTo("{\"ok\":true}");
  }

  @Test
  void anUnknownToolNamesTheKnownOnes() {
    assertThat(ToolCallException.unknownTool("refund", Set.of("lookupOrder")))
        .hasMessage("unknown tool refund; the tools are [lookupOrder]");
  }
}
