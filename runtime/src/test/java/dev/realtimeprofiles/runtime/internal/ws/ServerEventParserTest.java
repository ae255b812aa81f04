package dev.realtimeprofiles.runtime.internal.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.runtime.ToolCall;
import dev.realtimeprofiles.runtime.event.AudioDelta;
import dev.realtimeprofiles.runtime.event.AudioDone;
import dev.realtimeprofiles.runtime.event.AudioTranscriptDelta;
import dev.realtimeprofiles.runtime.event.AudioTranscriptDone;
import dev.realtimeprofiles.runtime.event.ContentPartAdded;
import dev.realtimeprofiles.runtime.event.ContentPartDone;
import dev.realtimeprofiles.runtime.event.ConversationCreated;
import dev.realtimeprofiles.runtime.event.ConversationItemAdded;
import dev.realtimeprofiles.runtime.event.ConversationItemDeleted;
import dev.realtimeprofiles.runtime.event.ConversationItemDone;
import dev.realtimeprofiles.runtime.event.ConversationItemRetrieved;
import dev.realtimeprofiles.runtime.event.ConversationItemTruncated;
import dev.realtimeprofiles.runtime.event.DtmfReceived;
import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.FunctionCallArgumentsDelta;
import dev.realtimeprofiles.runtime.event.FunctionCallArgumentsDone;
import dev.realtimeprofiles.runtime.event.InputAudioCleared;
import dev.realtimeprofiles.runtime.event.InputAudioCommitted;
import dev.realtimeprofiles.runtime.event.InputAudioTimeoutTriggered;
import dev.realtimeprofiles.runtime.event.InputTranscriptionCompleted;
import dev.realtimeprofiles.runtime.event.InputTranscriptionDelta;
import dev.realtimeprofiles.runtime.event.InputTranscriptionFailed;
import dev.realtimeprofiles.runtime.event.InputTranscriptionSegment;
import dev.realtimeprofiles.runtime.event.McpCallArgumentsDelta;
import dev.realtimeprofiles.runtime.event.McpCallArgumentsDone;
import dev.realtimeprofiles.runtime.event.McpCallCompleted;
import dev.realtimeprofiles.runtime.event.McpCallFailed;
import dev.realtimeprofiles.runtime.event.McpCallInProgress;
import dev.realtimeprofiles.runtime.event.McpListToolsCompleted;
import dev.realtimeprofiles.runtime.event.McpListToolsFailed;
import dev.realtimeprofiles.runtime.event.McpListToolsInProgress;
import dev.realtimeprofiles.runtime.event.OutputAudioCleared;
import dev.realtimeprofiles.runtime.event.OutputAudioStarted;
import dev.realtimeprofiles.runtime.event.OutputAudioStopped;
import dev.realtimeprofiles.runtime.event.OutputItemAdded;
import dev.realtimeprofiles.runtime.event.OutputItemDone;
import dev.realtimeprofiles.runtime.event.RateLimitsUpdated;
import dev.realtimeprofiles.runtime.event.ResponseCreated;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.SessionCreated;
import dev.realtimeprofiles.runtime.event.SessionUpdated;
import dev.realtimeprofiles.runtime.event.SpeechStarted;
import dev.realtimeprofiles.runtime.event.SpeechStopped;
import dev.realtimeprofiles.runtime.event.TextDelta;
import dev.realtimeprofiles.runtime.event.TextDone;
import dev.realtimeprofiles.runtime.event.UnknownEvent;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every server event example of OpenAI's spec (test resources, copied by
 * runtime/scripts/extract_event_examples.py), GA and beta names, parsed to its record, every
 * component of the record checked against the example's JSON. Each example is parsed as the spec
 * writes it (keys sorted, so {@code type} comes late and the parser cannot know it early) and
 * compact with {@code type} first (as the server sends it). Every GA example is validated against
 * the spec's schema of its event.
 */
class ServerEventParserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXAMPLES = "/dev/realtimeprofiles/runtime/event/examples/";

  /** The record of every modelled wire name: the GA union of the spec, and beta renames. */
  private static final Map<String, Class<? extends ServerEvent>> MODELLED =
      Map.ofEntries(
          Map.entry("error", ErrorEvent.class),
          Map.entry("session.created", SessionCreated.class),
          Map.entry("session.updated", SessionUpdated.class),
          Map.entry("conversation.created", ConversationCreated.class),
          Map.entry("conversation.item.added", ConversationItemAdded.class),
          Map.entry("conversation.item.created", ConversationItemAdded.class),
          Map.entry("conversation.item.done", ConversationItemDone.class),
          Map.entry("conversation.item.retrieved", ConversationItemRetrieved.class),
          Map.entry("conversation.item.truncated", ConversationItemTruncated.class),
          Map.entry("conversation.item.deleted", ConversationItemDeleted.class),
          Map.entry("conversation.item.input_audio_transcription.delta", InputTranscriptionDelta.class),
          Map.entry("conversation.item.input_audio_transcription.completed", InputTranscriptionCompleted.class),
          Map.entry("conversation.item.input_audio_transcription.failed", InputTranscriptionFailed.class),
          Map.entry("conversation.item.input_audio_transcription.segment", InputTranscriptionSegment.class),
          Map.entry("input_audio_buffer.committed", InputAudioCommitted.class),
          Map.entry("input_audio_buffer.cleared", InputAudioCleared.class),
          Map.entry("input_audio_buffer.speech_started", SpeechStarted.class),
          Map.entry("input_audio_buffer.speech_stopped", SpeechStopped.class),
          Map.entry("input_audio_buffer.timeout_triggered", InputAudioTimeoutTriggered.class),
          Map.entry("input_audio_buffer.dtmf_event_received", DtmfReceived.class),
          Map.entry("output_audio_buffer.started", OutputAudioStarted.class),
          Map.entry("output_audio_buffer.stopped", OutputAudioStopped.class),
          Map.entry("output_audio_buffer.cleared", OutputAudioCleared.class),
          Map.entry("response.created", ResponseCreated.class),
          Map.entry("response.done", ResponseDone.class),
          Map.entry("response.output_item.added", OutputItemAdded.class),
          Map.entry("response.output_item.done", OutputItemDone.class),
          Map.entry("response.content_part.added", ContentPartAdded.class),
          Map.entry("response.content_part.done", ContentPartDone.class),
          Map.entry("response.output_text.delta", TextDelta.class),
          Map.entry("response.text.delta", TextDelta.class),
          Map.entry("response.output_text.done", TextDone.class),
          Map.entry("response.text.done", TextDone.class),
          Map.entry("response.output_audio.delta", AudioDelta.class),
          Map.entry("response.audio.delta", AudioDelta.class),
          Map.entry("response.output_audio.done", AudioDone.class),
          Map.entry("response.audio.done", AudioDone.class),
          Map.entry("response.output_audio_transcript.delta", AudioTranscriptDelta.class),
          Map.entry("response.audio_transcript.delta", AudioTranscriptDelta.class),
          Map.entry("response.output_audio_transcript.done", AudioTranscriptDone.class),
          Map.entry("response.audio_transcript.done", AudioTranscriptDone.class),
          Map.entry("response.function_call_arguments.delta", FunctionCallArgumentsDelta.class),
          Map.entry("response.function_call_arguments.done", FunctionCallArgumentsDone.class),
          Map.entry("mcp_list_tools.in_progress", McpListToolsInProgress.class),
          Map.entry("mcp_list_tools.completed", McpListToolsCompleted.class),
          Map.entry("mcp_list_tools.failed", McpListToolsFailed.class),
          Map.entry("response.mcp_call_arguments.delta", McpCallArgumentsDelta.class),
          Map.entry("response.mcp_call_arguments.done", McpCallArgumentsDone.class),
          Map.entry("response.mcp_call.in_progress", McpCallInProgress.class),
          Map.entry("response.mcp_call.completed", McpCallCompleted.class),
          Map.entry("response.mcp_call.failed", McpCallFailed.class),
          Map.entry("rate_limits.updated", RateLimitsUpdated.class));

  /**
   * Where a component's value sits in the event's JSON, when not at the top level under its
   * snake_case name ({@code responseId} at {@code /response_id}).
   */
  private static final Map<Class<?>, Map<String, String>> POINTERS = pointers();

  private static Map<Class<?>, Map<String, String>> pointers() {
    Map<Class<?>, Map<String, String>> p = new HashMap<>();
    p.put(SessionCreated.class, Map.of("sessionId", "/session/id", "sessionJson", "/session"));
    p.put(SessionUpdated.class, Map.of("sessionJson", "/session"));
    Map<String, String> error = Map.of("errorType", "/error/type", "code", "/error/code",
        "message", "/error/message", "param", "/error/param", "clientEventId", "/error/event_id");
    p.put(ErrorEvent.class, error);
    p.put(InputTranscriptionFailed.class, error);
    Map<String, String> response = Map.of("responseId", "/response/id",
        "status", "/response/status", "responseJson", "/response");
    p.put(ResponseCreated.class, response);
    p.put(ResponseDone.class, response);
    Map<String, String> item =
        Map.of("itemId", "/item/id", "itemType", "/item/type", "itemJson", "/item");
    for (Class<?> c : List.of(ConversationItemAdded.class, ConversationItemDone.class,
        ConversationItemRetrieved.class, OutputItemAdded.class, OutputItemDone.class)) {
      p.put(c, item);
    }
    p.put(ConversationCreated.class, Map.of("conversationId", "/conversation/id"));
    Map<String, String> part =
        Map.of("partType", "/part/type", "text", "/part/text", "transcript", "/part/transcript");
    p.put(ContentPartAdded.class, part);
    p.put(ContentPartDone.class, part);
    p.put(DtmfReceived.class, Map.of("key", "/event"));
    p.put(InputTranscriptionSegment.class, Map.of("segmentId", "/id"));
    p.put(AudioDelta.class, Map.of("audio", "/delta"));
    return p;
  }

  /**
   * The GA examples that break the spec's own schema for their event, and the JSON pointers that
   * mend each: the examples look like real traffic, the schemas are stricter (nulls they do not
   * allow, beta content type names in GA items). A pointer to a {@code type} is renamed to its GA
   * name ({@code output_text}, {@code output_audio}); any other pointer is dropped.
   */
  private static final Map<String, List<String>> SPEC_EXAMPLES_OFF_SCHEMA =
      Map.of(
          "conversation.item.input_audio_transcription.failed", List.of("/error/param"),
          "conversation.item.retrieved", List.of("/item/content/0/type"),
          "response.created", List.of("/response/status_details", "/response/usage"),
          "response.done", List.of("/response/status_details"),
          "response.output_item.done", List.of("/item/content/0/type"),
          "session.created", List.of("/session/audio/input/transcription",
              "/session/audio/input/noise_reduction", "/session/include"),
          "session.updated", List.of("/session/audio/input/transcription",
              "/session/audio/input/noise_reduction", "/session/include"));

  static Stream<String> examples() throws IOException, URISyntaxException {
    Path root = Path.of(ServerEventParserTest.class.getResource(EXAMPLES).toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  /** Each example as the spec writes it and as the server sends it. */
  static Stream<Arguments> framings() throws Exception {
    return examples().flatMap(e -> Stream.of(Arguments.of(e, "as in the spec"),
        Arguments.of(e, "compact, type first")));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("framings")
  void everySpecExampleParsesToItsRecordOrIsKeptRaw(String example, String framing)
      throws Exception {
    String text = read(example);
    if (framing.startsWith("compact")) {
      text = typeFirst(text);
    }
    assertParsedAsItsRecord(text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gaExamplesOfTheUnion")
  void everyGaExampleIsValidAgainstTheSpecsSchemaOnceMended(String type) throws Exception {
    String text = read("ga/" + type + ".json");
    String schema = GA_SCHEMAS.get(type);
    RealtimeSchemas schemas = RealtimeSchemas.bundled();
    List<String> problems = schemas.validate(schema, text);
    if (SPEC_EXAMPLES_OFF_SCHEMA.containsKey(type)) {
      assertThat(problems).as("the spec's example of %s is off its schema", type).isNotEmpty();
    } else {
      assertThat(problems).as("%s against %s", type, schema).isEmpty();
    }
    String mended = mended(text, SPEC_EXAMPLES_OFF_SCHEMA.getOrDefault(type, List.of()));
    assertThat(schemas.validate(schema, mended)).as("%s mended", type).isEmpty();
    assertThat(schemas.validate(RealtimeSchemas.GA_SERVER_EVENT, mended)).isEmpty();
    assertParsedAsItsRecord(mended);
    assertParsedAsItsRecord(typeFirst(mended));
  }

  /** The GA union's names that have an example (all of them, as the next test checks). */
  static Stream<String> gaExamplesOfTheUnion() {
    return GA_SCHEMAS.keySet().stream().sorted();
  }

  @Test
  void everyEventOfTheGaUnionIsModelledAndHasAnExample() throws Exception {
    Set<String> gaExamples = examples().filter(e -> e.startsWith("ga/"))
        .map(e -> e.substring(3, e.length() - ".json".length()))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(GA_SCHEMAS).hasSize(46);
    assertThat(gaExamples).containsAll(GA_SCHEMAS.keySet());
    assertThat(MODELLED.keySet()).containsAll(GA_SCHEMAS.keySet());
    // Modelled names beyond the GA union are the beta names of events GA renamed.
    Set<String> extra = new TreeSet<>(MODELLED.keySet());
    extra.removeAll(GA_SCHEMAS.keySet());
    assertThat(extra).containsExactly("response.audio.delta", "response.audio.done",
        "response.audio_transcript.delta", "response.audio_transcript.done",
        "response.text.delta", "response.text.done");
  }

  @Test
  void everyModelledNameIsTheParsersAndEveryRecordIsReached() {
    Set<String> parserNames = new TreeSet<>();
    for (EventKind kind : EventKind.values()) {
      parserNames.addAll(kind.names());
    }
    assertThat(parserNames).isEqualTo(new TreeSet<>(MODELLED.keySet()));
    Set<Class<?>> records = new java.util.HashSet<>(MODELLED.values());
    records.add(UnknownEvent.class);
    assertThat(ServerEvent.class.getPermittedSubclasses()).containsExactlyInAnyOrderElementsOf(records);
  }

  @Test
  void gaAndBetaNamesGiveEqualRecordsApartFromTheName() throws IOException {
    TextDelta ga = (TextDelta) ServerEventParser.parse(read("ga/response.output_text.delta.json"));
    TextDelta beta = (TextDelta) ServerEventParser.parse(read("beta/response.text.delta.json"));
    assertThat(beta)
        .isEqualTo(
            new TextDelta(
                "response.text.delta", ga.eventId(), ga.responseId(), ga.itemId(),
                ga.outputIndex(), ga.contentIndex(), ga.delta()));
  }

  @Test
  void theFieldsUsersActOnAreRead() throws IOException {
    ErrorEvent error = (ErrorEvent) ServerEventParser.parse(read("ga/error.json"));
    assertThat(error)
        .isEqualTo(
            new ErrorEvent(
                "error", "event_890", "invalid_request_error", "invalid_event",
                "The 'type' field is missing.", null, "event_567"));

    ResponseDone done = (ResponseDone) ServerEventParser.parse(read("ga/response.done.json"));
    assertThat(done.isCompleted()).isTrue();
    assertThat(done.usage()).isEqualTo(new ResponseDone.Usage(253, 132, 121));
    assertThat(done.toolCalls()).isEmpty();

    FunctionCallArgumentsDone call =
        (FunctionCallArgumentsDone)
            ServerEventParser.parse(read("beta/response.function_call_arguments.done.json"));
    assertThat(call.name()).isEqualTo("get_weather");
    assertThat(call.callId()).isEqualTo("call_001");

    RateLimitsUpdated limits =
        (RateLimitsUpdated) ServerEventParser.parse(read("ga/rate_limits.updated.json"));
    assertThat(limits.rateLimits())
        .containsExactly(
            new RateLimitsUpdated.RateLimit("requests", 1000, 999, 60),
            new RateLimitsUpdated.RateLimit("tokens", 50000, 49950, 60));

    InputTranscriptionFailed failed =
        (InputTranscriptionFailed)
            ServerEventParser.parse(read("ga/conversation.item.input_audio_transcription.failed.json"));
    assertThat(failed.code()).isEqualTo("audio_unintelligible");
    assertThat(failed.errorType()).isEqualTo("transcription_error");

    AudioDelta audio = (AudioDelta) ServerEventParser.parse(read("ga/response.output_audio.delta.json"));
    assertThat(audio.audioLength()).isEqualTo(17);
    assertThat(audio.toString()).contains("audio=17 bytes");
  }

  @Test
  void theNewEventsCarryWhatTheSpecSays() throws IOException {
    assertThat(ServerEventParser.parse(read("ga/input_audio_buffer.dtmf_event_received.json")))
        .isEqualTo(new DtmfReceived("input_audio_buffer.dtmf_event_received", null, "9",
            1763605109L));
    assertThat(ServerEventParser.parse(read("ga/conversation.item.truncated.json")))
        .isEqualTo(new ConversationItemTruncated("conversation.item.truncated", "event_2526",
            "msg_004", 0, 1500));
    assertThat(ServerEventParser.parse(read("ga/input_audio_buffer.timeout_triggered.json")))
        .isEqualTo(new InputAudioTimeoutTriggered("input_audio_buffer.timeout_triggered",
            "event_CEKKrf1KTGvemCPyiJTJ2", 13216, 19232, "item_CEKKrWH0GiwN0ET97NUZc"));
    assertThat(ServerEventParser.parse(
            read("ga/conversation.item.input_audio_transcription.segment.json")))
        .isEqualTo(new InputTranscriptionSegment(
            "conversation.item.input_audio_transcription.segment", "event_6501", "msg_011", 0,
            "seg_0001", "hello", "spk_1", 0.0, 0.4));
    assertThat(ServerEventParser.parse(read("ga/response.content_part.added.json")))
        .isEqualTo(new ContentPartAdded("response.content_part.added", "event_3738", "resp_001",
            "msg_007", 0, 0, "text", "", null));
    OutputItemDone item =
        (OutputItemDone) ServerEventParser.parse(read("ga/response.output_item.done.json"));
    assertThat(item.itemId()).isEqualTo("msg_007");
    assertThat(item.itemType()).isEqualTo("message");
    assertThat(json(item.itemJson()).at("/content/0/text").asText())
        .isEqualTo("Sure, I can help with that.");
    assertThat(ServerEventParser.parse(read("ga/conversation.created.json")))
        .isEqualTo(new ConversationCreated("conversation.created", "event_9101", "conv_001"));
  }

  @Test
  void functionCallsOfAResponseAreCollectedInOrder() {
    String text =
        "{\"type\":\"response.done\",\"event_id\":\"e1\",\"response\":{\"id\":\"resp_1\","
            + "\"status\":\"completed\",\"output\":["
            + "{\"type\":\"function_call\",\"name\":\"a\",\"call_id\":\"c1\",\"arguments\":\"{}\"},"
            + "{\"type\":\"message\",\"content\":[]},"
            + "{\"arguments\":\"{\\\"x\\\":1}\",\"call_id\":\"c2\",\"name\":\"b\",\"type\":\"function_call\"}]}}";
    ResponseDone done = (ResponseDone) ServerEventParser.parse(text);
    assertThat(done.toolCalls()).extracting(c -> c.name() + " " + c.callId() + " " + c.argumentsJson())
        .containsExactly("a c1 {}", "b c2 {\"x\":1}");
    assertThat(done.usage()).isNull();
    assertThat(done.responseJson()).isEqualTo(text.substring(text.indexOf("{\"id\""), text.length() - 1));
  }

  /** Parses {@code text} and checks the record, component by component, against its JSON. */
  private static void assertParsedAsItsRecord(String text) throws Exception {
    JsonNode json = JSON.readTree(text);
    String type = json.get("type").asText();

    ServerEvent event = ServerEventParser.parse(text);

    assertThat(event.type()).isEqualTo(type);
    assertThat(event.eventId()).isEqualTo(json.path("event_id").asText(null));
    Class<? extends ServerEvent> expected = MODELLED.get(type);
    if (expected == null) {
      assertThat(event).isInstanceOf(UnknownEvent.class);
      assertThat(((UnknownEvent) event).rawJson()).isEqualTo(text);
      return;
    }
    assertThat(event).isInstanceOf(expected);
    for (RecordComponent component : expected.getRecordComponents()) {
      String name = component.getName();
      if (name.equals("type") || name.equals("eventId")) {
        continue;
      }
      Object actual = component.getAccessor().invoke(event);
      String pointer = POINTERS.getOrDefault(expected, Map.of()).getOrDefault(name, snake(name));
      assertComponent(type + "." + name, actual, component.getType(), json, pointer);
    }
  }

  private static void assertComponent(String what, Object actual, Class<?> kind, JsonNode json,
      String pointer) throws IOException {
    JsonNode node = json.at(pointer);
    if (what.endsWith("Json")) {
      assertThat(node.isObject()).as(what).isTrue();
      assertThat(json((String) actual)).as(what).isEqualTo(node);
    } else if (kind == String.class) {
      assertThat(actual).as(what).isEqualTo(node.textValue());
    } else if (kind == int.class) {
      assertThat(actual).as(what).isEqualTo(node.asInt());
    } else if (kind == long.class) {
      assertThat(actual).as(what).isEqualTo(node.asLong());
    } else if (kind == double.class) {
      assertThat(actual).as(what).isEqualTo(node.asDouble());
    } else if (kind == byte[].class) {
      assertThat((byte[]) actual).as(what).isEqualTo(Base64.getDecoder().decode(node.asText()));
    } else if (kind == ResponseDone.Usage.class) {
      JsonNode usage = json.at("/response/usage");
      assertThat(actual).as(what).isEqualTo(usage.isObject()
          ? new ResponseDone.Usage(usage.path("total_tokens").asInt(),
              usage.path("input_tokens").asInt(), usage.path("output_tokens").asInt())
          : null);
    } else if (what.endsWith(".toolCalls")) {
      List<String> calls = new ArrayList<>();
      for (JsonNode item : json.at("/response/output")) {
        if (item.path("type").asText().equals("function_call")) {
          calls.add(item.get("name").asText() + " " + item.get("call_id").asText() + " "
              + item.get("arguments").asText());
        }
      }
      @SuppressWarnings("unchecked")
      List<ToolCall> toolCalls = (List<ToolCall>) actual;
      assertThat(toolCalls).as(what)
          .extracting(c -> c.name() + " " + c.callId() + " " + c.argumentsJson())
          .isEqualTo(calls);
    } else if (what.endsWith(".rateLimits")) {
      List<RateLimitsUpdated.RateLimit> limits = new ArrayList<>();
      for (JsonNode limit : json.at("/rate_limits")) {
        limits.add(new RateLimitsUpdated.RateLimit(limit.path("name").textValue(),
            limit.path("limit").asLong(), limit.path("remaining").asLong(),
            limit.path("reset_seconds").asDouble()));
      }
      assertThat(actual).as(what).isEqualTo(limits);
    } else {
      throw new AssertionError("no check for " + what + " of type " + kind);
    }
  }

  /** {@code responseId} to {@code /response_id}. */
  private static String snake(String camel) {
    return "/" + camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
  }

  /** {@code text} as one compact line with {@code type} first, the way the server writes. */
  private static String typeFirst(String text) throws IOException {
    ObjectNode original = (ObjectNode) JSON.readTree(text);
    ObjectNode reordered = JSON.createObjectNode();
    reordered.set("type", original.get("type"));
    reordered.setAll(original);
    return JSON.writeValueAsString(reordered);
  }

  /** A copy of {@code text} with each of {@code pointers} dropped or renamed to its GA name. */
  private static String mended(String text, List<String> pointers) throws IOException {
    JsonNode json = JSON.readTree(text);
    for (String pointer : pointers) {
      int slash = pointer.lastIndexOf('/');
      ObjectNode parent = (ObjectNode) json.at(pointer.substring(0, slash));
      String field = pointer.substring(slash + 1);
      assertThat(parent.has(field)).as(pointer).isTrue();
      if (field.equals("type")) {
        parent.put("type", "output_" + parent.get("type").asText());
      } else {
        parent.remove(field);
      }
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
  }

  /** The GA union's event names and the schema of each, from the bundled spec schemas. */
  private static final Map<String, String> GA_SCHEMAS = gaSchemas();

  private static Map<String, String> gaSchemas() {
    try (InputStream in = RealtimeSchemas.class.getResourceAsStream("openai-realtime-schemas.json")) {
      JsonNode defs = JSON.readTree(in).get("$defs");
      Map<String, String> byType = new HashMap<>();
      for (JsonNode branch : defs.get(RealtimeSchemas.GA_SERVER_EVENT).get("anyOf")) {
        String name = branch.get("$ref").asText().substring("#/$defs/".length());
        for (JsonNode type : defs.get(name).at("/properties/type/enum")) {
          byType.put(type.asText(), name);
        }
      }
      return Map.copyOf(byType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }

  static String read(String example) throws IOException {
    try (InputStream in = ServerEventParserTest.class.getResourceAsStream(EXAMPLES + example)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
