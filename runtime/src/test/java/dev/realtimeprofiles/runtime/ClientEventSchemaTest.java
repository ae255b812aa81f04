package dev.realtimeprofiles.runtime;

import static dev.realtimeprofiles.runtime.ClientFixture.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client events of issue 12, each as sent on the wire and valid against the spec's schema. */
class ClientEventSchemaTest {

  private final RecordingListener listener = new RecordingListener();
  private final FakeRealtimeServer server;
  private RealtimeConnection connection;

  ClientEventSchemaTest() throws Exception {
    server = new FakeRealtimeServer();
  }

  @AfterEach
  void stop() {
    if (connection != null) {
      connection.close();
    }
    server.close();
  }

  private void connect(SessionConfig config) throws Exception {
    connection =
        RealtimeClient.builder().apiKey(API_KEY).baseUrl(server.baseUrl()).build().connect(config, listener);
    server.take("session.update");
  }

  /**
   * Validates {@code json} against {@code schema}. The spec writes {@code response.conversation}
   * as {@code oneOf} a string and a string enum, so every value matches both branches and fails
   * {@code oneOf}: that one field is checked by hand (it must be "auto" or "none") and left out.
   */
  private static void assertValid(String schema, JsonNode json) {
    JsonNode checked = json;
    JsonNode conversation = json.path("response").path("conversation");
    if (!conversation.isMissingNode()) {
      assertThat(conversation.asText()).isIn("auto", "none");
      checked = json.deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) checked.get("response")).remove("conversation");
    }
    assertThat(RealtimeSchemas.bundled().validate(schema, checked)).as(schema + ": " + json).isEmpty();
  }

  private JsonNode sent(String type, String eventId, String schema) throws Exception {
    JsonNode event = server.take(type);
    assertThat(event.get("event_id").asText()).isEqualTo(eventId);
    assertValid(RealtimeSchemas.GA_CLIENT_EVENT, event);
    assertValid(schema, event);
    return event;
  }

  @Test
  void anOutOfBandResponseCarriesEveryOption() throws Exception {
    connect(TestConfigs.fullGa());
    String id =
        connection.createResponse(
            ResponseOptions.builder()
                .outOfBand()
                .putMetadata("purpose", "classify")
                .instructions("Classify the user's intent in one word.")
                .addInputText("I want my money back")
                .addInputItem("{\"type\":\"message\",\"role\":\"assistant\",\"content\":"
                    + "[{\"type\":\"output_text\",\"text\":\"How can I help?\"}]}")
                .outputModalities(Modality.TEXT)
                .tools(List.of(TestConfigs.lookupOrder()))
                .toolChoice(ToolChoice.function("lookupOrder"))
                .maxOutputTokens(200)
                .build());

    JsonNode response = sent("response.create", id, "RealtimeClientEventResponseCreate").get("response");
    assertThat(response.toString())
        .isEqualTo("{\"conversation\":\"none\",\"metadata\":{\"purpose\":\"classify\"},"
            + "\"instructions\":\"Classify the user's intent in one word.\",\"input\":["
            + "{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"I want my money back\"}]},"
            + "{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"How can I help?\"}]}],"
            + "\"output_modalities\":[\"text\"],\"tools\":[{\"type\":\"function\",\"name\":\"lookupOrder\","
            + "\"description\":\"Look up the status of an order\",\"parameters\":"
            + TestConfigs.LOOKUP_ORDER_SCHEMA + "}],\"tool_choice\":{\"type\":\"function\",\"name\":\"lookupOrder\"},"
            + "\"max_output_tokens\":200}");
  }

  @Test
  void plainAndInfResponsesAndTheBetaShape() throws Exception {
    connect(TestConfigs.fullGa());
    String plain = connection.createResponse(ResponseOptions.builder().build());
    String inf = connection.createResponse(
        ResponseOptions.builder().maxOutputTokens(SessionConfig.INF).toolChoice(ToolChoice.NONE).build());
    assertThat(sent("response.create", plain, "RealtimeClientEventResponseCreate").get("response").size()).isZero();
    JsonNode infResponse = sent("response.create", inf, "RealtimeClientEventResponseCreate").get("response");
    assertThat(infResponse.toString()).isEqualTo("{\"tool_choice\":\"none\",\"max_output_tokens\":\"inf\"}");

    String beta = dev.realtimeprofiles.runtime.internal.ws.ClientEvents.responseCreate(
        "evt_b",
        ResponseOptions.builder().outOfBand().outputModalities(Modality.TEXT).maxOutputTokens(50).build(),
        dev.realtimeprofiles.Api.BETA);
    JsonNode betaEvent = FakeRealtimeServer.JSON.readTree(beta);
    assertValid("RealtimeBetaClientEventResponseCreate", betaEvent);
    assertThat(betaEvent.get("response").toString())
        .isEqualTo("{\"conversation\":\"none\",\"modalities\":[\"text\"],\"max_response_output_tokens\":50}");
  }

  @Test
  void itemEventsAndOutputAudioClear() throws Exception {
    connect(TestConfigs.fullGa());
    String truncate = connection.truncateItem("item_002", 0, 1500);
    String delete = connection.deleteItem("item_003");
    String retrieve = connection.retrieveItem("item_004");
    String clear = connection.clearOutputAudio();

    JsonNode t = sent("conversation.item.truncate", truncate, "RealtimeClientEventConversationItemTruncate");
    assertThat(t.get("item_id").asText()).isEqualTo("item_002");
    assertThat(t.get("content_index").asInt()).isZero();
    assertThat(t.get("audio_end_ms").asInt()).isEqualTo(1500);
    assertThat(sent("conversation.item.delete", delete, "RealtimeClientEventConversationItemDelete")
        .get("item_id").asText()).isEqualTo("item_003");
    assertThat(sent("conversation.item.retrieve", retrieve, "RealtimeClientEventConversationItemRetrieve")
        .get("item_id").asText()).isEqualTo("item_004");
    assertThat(sent("output_audio_buffer.clear", clear, "RealtimeClientEventOutputAudioBufferClear").size())
        .isEqualTo(2);
    assertThatThrownBy(() -> connection.truncateItem("item_002", 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sendEventSendsRawJsonAndAddsAnEventIdWhenItHasNone() throws Exception {
    connect(TestConfigs.fullGa());
    String given = connection.sendEvent(
        "{\"type\":\"response.cancel\",\"event_id\":\"mine_1\",\"response_id\":\"resp_9\"}");
    String added = connection.sendEvent("{\"type\":\"input_audio_buffer.clear\"}");

    assertThat(given).isEqualTo("mine_1");
    JsonNode cancel = sent("response.cancel", "mine_1", "RealtimeClientEventResponseCancel");
    assertThat(cancel.get("response_id").asText()).isEqualTo("resp_9");
    assertThat(added).startsWith("evt_");
    sent("input_audio_buffer.clear", added, "RealtimeClientEventInputAudioBufferClear");
    assertThatThrownBy(() -> connection.sendEvent("[1]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a JSON object: [1]");
    assertThatThrownBy(() -> connection.sendEvent("{\"event_id\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a client event needs a \"type\"");
    assertThat(server.received.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void responseOptionsCheckTheApisLimits() {
    ResponseOptions.Builder b = ResponseOptions.builder();
    for (int i = 0; i < ResponseOptions.MAX_METADATA; i++) {
      b.putMetadata("k" + i, "v");
    }
    assertThatThrownBy(() -> b.putMetadata("one-more", "v"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("at most 16 metadata pairs");
    assertThatThrownBy(() -> ResponseOptions.builder().putMetadata("k".repeat(65), "v"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResponseOptions.builder().maxOutputTokens(4097))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResponseOptions.builder().addInputItem("not json"))
        .isInstanceOf(IllegalArgumentException.class);
    ResponseOptions options = ResponseOptions.builder().outOfBand().putMetadata("a", "b").build();
    assertThat(options.isOutOfBand()).isTrue();
    assertThat(options.metadata()).containsEntry("a", "b");
    assertThat(options.toString()).isEqualTo("ResponseOptions{outOfBand=true, metadata={a=b}, inputItems=0}");
  }
}
