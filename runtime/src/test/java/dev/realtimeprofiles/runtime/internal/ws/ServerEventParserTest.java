package dev.realtimeprofiles.runtime.internal.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realtimeprofiles.runtime.event.AudioDelta;
import dev.realtimeprofiles.runtime.event.AudioDone;
import dev.realtimeprofiles.runtime.event.AudioTranscriptDelta;
import dev.realtimeprofiles.runtime.event.AudioTranscriptDone;
import dev.realtimeprofiles.runtime.event.ConversationItemAdded;
import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.FunctionCallArgumentsDone;
import dev.realtimeprofiles.runtime.event.InputAudioCommitted;
import dev.realtimeprofiles.runtime.event.InputTranscriptionCompleted;
import dev.realtimeprofiles.runtime.event.InputTranscriptionDelta;
import dev.realtimeprofiles.runtime.event.InputTranscriptionFailed;
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
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every server event example of OpenAI's spec (test resources, copied by
 * runtime/scripts/extract_event_examples.py), GA and beta names, parsed to its record.
 */
class ServerEventParserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXAMPLES = "/dev/realtimeprofiles/runtime/event/examples/";

  /** A modelled type: its record, and a check of one field against the example's JSON. */
  private record Expected(Class<? extends ServerEvent> type, Function<ServerEvent, Object> field,
      String pointer) {}

  private static <E extends ServerEvent> Expected expect(
      Class<E> type, Function<E, Object> field, String pointer) {
    return new Expected(type, e -> field.apply(type.cast(e)), pointer);
  }

  private static final Map<String, Expected> MODELLED =
      Map.ofEntries(
          Map.entry("session.created", expect(SessionCreated.class, SessionCreated::sessionId, "/session/id")),
          Map.entry("session.updated", expect(SessionUpdated.class, e -> json(e.sessionJson()), "/session")),
          Map.entry("error", expect(ErrorEvent.class, ErrorEvent::clientEventId, "/error/event_id")),
          Map.entry("response.created", expect(ResponseCreated.class, ResponseCreated::responseId, "/response/id")),
          Map.entry("response.output_text.delta", expect(TextDelta.class, TextDelta::delta, "/delta")),
          Map.entry("response.text.delta", expect(TextDelta.class, TextDelta::delta, "/delta")),
          Map.entry("response.output_text.done", expect(TextDone.class, TextDone::text, "/text")),
          Map.entry("response.text.done", expect(TextDone.class, TextDone::text, "/text")),
          Map.entry("response.output_audio.delta", expect(AudioDelta.class, AudioDelta::audio, "/delta")),
          Map.entry("response.audio.delta", expect(AudioDelta.class, AudioDelta::audio, "/delta")),
          Map.entry("response.output_audio.done", expect(AudioDone.class, AudioDone::itemId, "/item_id")),
          Map.entry("response.audio.done", expect(AudioDone.class, AudioDone::itemId, "/item_id")),
          Map.entry("response.output_audio_transcript.delta", expect(AudioTranscriptDelta.class, AudioTranscriptDelta::delta, "/delta")),
          Map.entry("response.audio_transcript.delta", expect(AudioTranscriptDelta.class, AudioTranscriptDelta::delta, "/delta")),
          Map.entry("response.output_audio_transcript.done", expect(AudioTranscriptDone.class, AudioTranscriptDone::transcript, "/transcript")),
          Map.entry("response.audio_transcript.done", expect(AudioTranscriptDone.class, AudioTranscriptDone::transcript, "/transcript")),
          Map.entry("conversation.item.input_audio_transcription.delta", expect(InputTranscriptionDelta.class, InputTranscriptionDelta::delta, "/delta")),
          Map.entry("conversation.item.input_audio_transcription.completed", expect(InputTranscriptionCompleted.class, InputTranscriptionCompleted::transcript, "/transcript")),
          Map.entry("conversation.item.input_audio_transcription.failed", expect(InputTranscriptionFailed.class, InputTranscriptionFailed::message, "/error/message")),
          Map.entry("conversation.item.added", expect(ConversationItemAdded.class, ConversationItemAdded::itemId, "/item/id")),
          Map.entry("conversation.item.created", expect(ConversationItemAdded.class, ConversationItemAdded::itemId, "/item/id")),
          Map.entry("response.function_call_arguments.done", expect(FunctionCallArgumentsDone.class, FunctionCallArgumentsDone::arguments, "/arguments")),
          Map.entry("response.done", expect(ResponseDone.class, ResponseDone::status, "/response/status")),
          Map.entry("input_audio_buffer.speech_started", expect(SpeechStarted.class, SpeechStarted::audioStartMs, "/audio_start_ms")),
          Map.entry("input_audio_buffer.speech_stopped", expect(SpeechStopped.class, SpeechStopped::audioEndMs, "/audio_end_ms")),
          Map.entry("input_audio_buffer.committed", expect(InputAudioCommitted.class, InputAudioCommitted::itemId, "/item_id")),
          Map.entry("rate_limits.updated", expect(RateLimitsUpdated.class, e -> e.rateLimits().size(), "/rate_limits")));

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

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everySpecExampleParsesToItsRecordOrIsKeptRaw(String example) throws IOException {
    String text = read(example);
    JsonNode json = JSON.readTree(text);
    String type = json.get("type").asText();

    ServerEvent event = ServerEventParser.parse(text);

    assertThat(event.type()).isEqualTo(type);
    assertThat(event.eventId()).isEqualTo(json.path("event_id").asText(null));
    Expected expected = MODELLED.get(type);
    if (expected == null) {
      assertThat(event).isInstanceOf(UnknownEvent.class);
      assertThat(((UnknownEvent) event).rawJson()).isEqualTo(text);
      return;
    }
    assertThat(event).isInstanceOf(expected.type());
    JsonNode field = json.at(expected.pointer());
    Object actual = expected.field().apply(event);
    if (actual instanceof byte[]) {
      assertThat((byte[]) actual).isEqualTo(Base64.getDecoder().decode(field.asText()));
    } else if (actual instanceof JsonNode) {
      assertThat(actual).isEqualTo(field);
    } else if (actual instanceof Integer && field.isArray()) {
      assertThat(actual).isEqualTo(field.size());
    } else if (actual instanceof Integer) {
      assertThat(actual).isEqualTo(field.asInt());
    } else {
      assertThat(actual).isEqualTo(field.asText(null));
    }
  }

  @Test
  void everyModelledTypeHasASpecExample() throws Exception {
    List<String> types =
        examples().map(e -> e.substring(e.indexOf('/') + 1, e.length() - ".json".length())).toList();
    assertThat(types).containsAll(MODELLED.keySet());
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
  void functionCallsOfAResponseAreCollectedInOrder() {
    String text =
        "{\"type\":\"response.done\",\"event_id\":\"e1\",\"response\":{\"id\":\"resp_1\","
            + "\"status\":\"completed\",\"output\":["
            + "{\"type\":\"function_call\",\"name\":\"a\",\"call_id\":\"c1\",\"arguments\":\"{}\"},"
            + "{\"type\":\"message\",\"content\":[]},"
            + "{\"type\":\"function_call\",\"name\":\"b\",\"call_id\":\"c2\",\"arguments\":\"{\\\"x\\\":1}\"}]}}";
    ResponseDone done = (ResponseDone) ServerEventParser.parse(text);
    assertThat(done.toolCalls()).extracting(c -> c.name() + " " + c.callId() + " " + c.argumentsJson())
        .containsExactly("a c1 {}", "b c2 {\"x\":1}");
    assertThat(done.usage()).isNull();
  }

  @Test
  void malformedMessagesAreKeptRawNotDropped() {
    assertThat(ServerEventParser.parse("not json"))
        .isEqualTo(new UnknownEvent("", null, "not json"));
    assertThat(ServerEventParser.parse("[1,2]")).isEqualTo(new UnknownEvent("", null, "[1,2]"));
    String noDelta = "{\"type\":\"response.output_text.delta\",\"event_id\":\"e\"}";
    assertThat(ServerEventParser.parse(noDelta))
        .isEqualTo(new UnknownEvent("response.output_text.delta", "e", noDelta));
    String badAudio = "{\"type\":\"response.output_audio.delta\",\"delta\":\"***\"}";
    assertThat(ServerEventParser.parse(badAudio))
        .isEqualTo(new UnknownEvent("response.output_audio.delta", null, badAudio));
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(String example) throws IOException {
    try (InputStream in = ServerEventParserTest.class.getResourceAsStream(EXAMPLES + example)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
