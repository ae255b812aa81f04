package dev.realtimeprofiles.runtime.internal.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.runtime.event.AudioDelta;
import dev.realtimeprofiles.runtime.event.ConversationItemRetrieved;
import dev.realtimeprofiles.runtime.event.RateLimitsUpdated;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.SessionCreated;
import dev.realtimeprofiles.runtime.event.SpeechStarted;
import dev.realtimeprofiles.runtime.event.TextDelta;
import dev.realtimeprofiles.runtime.event.UnknownEvent;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the streaming parse does with frames the spec's examples don't show. */
class ServerEventParserEdgeTest {

  @ParameterizedTest
  @ValueSource(strings = {"not json", "[1,2]", "\"text\"", "42", "", "{\"type\":", "{\"type\":"
      + "\"response.output_text.delta\",\"delta\":\"a\"", "{\"type\":\"error\",\"error\":{]}"})
  void whatIsNotAJsonObjectIsKeptRawWithNoType(String text) {
    assertThat(ServerEventParser.parse(text)).isEqualTo(new UnknownEvent("", null, text));
  }

  @Test
  void aKnownTypeWithoutWhatItsRecordNeedsIsKeptRawWithItsTypeAndId() {
    String[] frames = {
      "{\"type\":\"response.output_text.delta\",\"event_id\":\"e\"}",
      "{\"event_id\":\"e\",\"type\":\"response.output_text.delta\",\"delta\":7}",
      "{\"type\":\"response.output_audio.delta\",\"delta\":\"***\",\"event_id\":\"e\"}",
      "{\"delta\":\"***\",\"event_id\":\"e\",\"type\":\"response.output_audio.delta\"}",
      "{\"type\":\"response.output_audio.delta\",\"delta\":\"QUJD=\",\"event_id\":\"e\"}",
      "{\"type\":\"conversation.item.done\",\"event_id\":\"e\",\"item\":\"msg_1\"}",
      "{\"type\":\"session.created\",\"event_id\":\"e\",\"session\":[]}",
      "{\"type\":\"response.content_part.done\",\"event_id\":\"e\"}",
      "{\"type\":\"input_audio_buffer.dtmf_event_received\",\"event_id\":\"e\",\"event\":null}",
      "{\"type\":\"response.done\",\"event_id\":\"e\",\"response\":{\"output\":"
          + "[{\"type\":\"function_call\",\"name\":\"a\",\"arguments\":\"{}\"}]}}",
    };
    for (String frame : frames) {
      String type = frame.replaceFirst("^.*?\"type\":\"([a-z_.]+)\".*$", "$1");
      assertThat(ServerEventParser.parse(frame)).as(frame)
          .isEqualTo(new UnknownEvent(type, "e", frame));
    }
  }

  @Test
  void anUnknownTypeKeepsItsNameAndIdAndAnyShape() {
    String frame = "{\"event_id\":\"e9\",\"item\":5,\"session\":\"x\",\"delta\":{\"a\":[1]},"
        + "\"type\":\"response.future_thing.delta\",\"rate_limits\":{}}";
    assertThat(ServerEventParser.parse(frame))
        .isEqualTo(new UnknownEvent("response.future_thing.delta", "e9", frame));
    String noType = "{\"type\":3,\"event_id\":\"e\"}";
    assertThat(ServerEventParser.parse(noType)).isEqualTo(new UnknownEvent("", "e", noType));
  }

  @Test
  void fieldsItDoesNotNeedMayHaveAnyShape() {
    String frame = "{\"type\":\"input_audio_buffer.speech_started\",\"extra\":{\"deep\":[[[{}]]]},"
        + "\"item\":[1,2],\"audio_start_ms\":\"1500\",\"session\":null,\"item_id\":\"i\"}";
    assertThat(ServerEventParser.parse(frame))
        .isEqualTo(new SpeechStarted("input_audio_buffer.speech_started", null, 1500, "i"));
  }

  @Test
  void numbersAreReadAsJsonNodeAsIntReadThem() {
    String frame = "{\"type\":\"rate_limits.updated\",\"rate_limits\":[{\"name\":\"tokens\","
        + "\"limit\":5000000000,\"remaining\":1.9e3,\"reset_seconds\":\"2.5\"},7]}";
    assertThat(((RateLimitsUpdated) ServerEventParser.parse(frame)).rateLimits())
        .containsExactly(new RateLimitsUpdated.RateLimit("tokens", 5_000_000_000L, 1900, 2.5));
    String delta = "{\"type\":\"response.output_text.delta\",\"output_index\":4294967297,"
        + "\"content_index\":2.9,\"delta\":\"x\"}";
    TextDelta text = (TextDelta) ServerEventParser.parse(delta);
    assertThat(text.outputIndex()).isEqualTo(1);
    assertThat(text.contentIndex()).isEqualTo(2);
  }

  @Test
  void escapedTextAndEscapedBase64AreDecoded() {
    byte[] audio = new byte[300];
    new Random(7).nextBytes(audio);
    String base64 = Base64.getEncoder().encodeToString(audio);
    String escaped = base64.replace("/", "\\/").replace("A", "\\u0041");
    for (String frame : new String[] {
        "{\"type\":\"response.output_audio.delta\",\"delta\":\"" + escaped + "\"}",
        "{\"delta\":\"" + escaped + "\",\"type\":\"response.output_audio.delta\"}"}) {
      assertThat(((AudioDelta) ServerEventParser.parse(frame)).audio()).isEqualTo(audio);
    }
    String text = "{\"type\":\"response.output_text.delta\",\"delta\":\"\\\"Hi\\\" \\u00e9\\n\"}";
    assertThat(((TextDelta) ServerEventParser.parse(text)).delta()).isEqualTo("\"Hi\" \u00e9\n");
  }

  @Test
  void audioDeltasSkipTheTokenizerAndComeOutAsTheOrdinaryPathReadsThem() {
    byte[] audio = randomBytes(2400, 3);
    String base64 = Base64.getEncoder().encodeToString(audio);
    String frame = "{\"type\":\"response.output_audio.delta\",\"event_id\":\"e1\","
        + "\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":1,\"content_index\":2,"
        + "\"delta\":\"" + base64 + "\"}";
    AudioDelta expected =
        new AudioDelta("response.output_audio.delta", "e1", "r", "i", 1, 2, audio);
    assertThat(AudioDeltaFrames.parse(frame)).isEqualTo(expected);
    assertThat(ServerEventParser.parse(frame)).isEqualTo(expected);
    String beta = frame.replace("response.output_audio.delta", "response.audio.delta");
    assertThat(AudioDeltaFrames.parse(beta)).isInstanceOf(AudioDelta.class);
  }

  @Test
  void anAudioDeltaOwnsItsAudioWhoeverBuiltIt() {
    byte[] mine = {1, 2, 3};
    AudioDelta built = new AudioDelta("response.output_audio.delta", null, "r", "i", 0, 0, mine);
    mine[0] = 9;
    assertThat(built.audio()).containsExactly(1, 2, 3);
    built.audio()[1] = 9;
    assertThat(built.audio()).containsExactly(1, 2, 3);

    // The parser's array is handed over once: an array handed over but not used is forgotten.
    byte[] handed = {4, 5};
    AudioHandoff.handOver(handed);
    assertThat(AudioHandoff.isHandedOver(mine)).isFalse();
    AudioDelta after = new AudioDelta("response.output_audio.delta", null, "r", "i", 0, 0, handed);
    handed[0] = 7;
    assertThat(after.audio()).containsExactly(4, 5);

    String frame = "{\"type\":\"response.output_audio.delta\",\"delta\":\""
        + Base64.getEncoder().encodeToString(randomBytes(300, 5)) + "\"}";
    assertThat(((AudioDelta) ServerEventParser.parse(frame)).audio()).isEqualTo(randomBytes(300, 5));
    assertThat(AudioHandoff.isHandedOver(mine)).isFalse();
  }

  @Test
  void framesTheCutCannotProveTakeTheOrdinaryPath() {
    byte[] audio = randomBytes(600, 4);
    String base64 = Base64.getEncoder().encodeToString(audio);
    String head = "{\"type\":\"response.output_audio.delta\",\"item_id\":\"i\",";
    String[] audioFrames = {
      // the first "delta" is nested: the top-level one is elsewhere
      head + "\"x\":{\"delta\":\"" + base64 + "\"},\"delta\":\"" + base64 + "\"}",
      // a key that only ends in delta
      "{\"type\":\"response.output_audio.delta\",\"item_id\":\"i\",\"x\\\"delta\":\""
          + base64 + "\",\"delta\":\"" + base64 + "\"}",
      // escapes in the payload, whitespace after the colon
      head + "\"delta\":\"" + base64.replace("/", "\\/") + "\"}",
      head + "\"delta\": \"" + base64 + "\"}",
    };
    for (String frame : audioFrames) {
      assertThat(AudioDeltaFrames.parse(frame)).as(frame).isNull();
      assertThat(((AudioDelta) ServerEventParser.parse(frame)).audio()).as(frame).isEqualTo(audio);
    }
    // Text that is not ASCII around the payload is no obstacle; in it, a char that is not Latin-1
    // is refused (its low byte, 'A', would otherwise pass for base64).
    String accented = "{\"type\":\"response.output_audio.delta\",\"item_id\":\"\u00e9\u0141\","
        + "\"delta\":\"" + base64 + "\"}";
    assertThat(AudioDeltaFrames.parse(accented)).isInstanceOf(AudioDelta.class);
    assertThat(((AudioDelta) ServerEventParser.parse(accented)).itemId()).isEqualTo("\u00e9\u0141");
    String notLatin1 = head + "\"event_id\":\"e\",\"delta\":\"" + base64.replace('A', '\u0141')
        + "\"}";
    assertThat(AudioDeltaFrames.parse(notLatin1)).isNull();
    assertThat(ServerEventParser.parse(notLatin1))
        .isEqualTo(new UnknownEvent("response.output_audio.delta", "e", notLatin1));

    String twice = head + "\"delta\":\"" + base64 + "\",\"delta\":\"AAAA\"}";
    assertThat(AudioDeltaFrames.parse(twice)).isNull();
    assertThat(((AudioDelta) ServerEventParser.parse(twice)).audio()).isEqualTo(new byte[3]);

    String text = "{\"type\":\"response.output_text.delta\",\"delta\":\"" + base64 + "\"}";
    assertThat(AudioDeltaFrames.parse(text)).isNull();
    assertThat(((TextDelta) ServerEventParser.parse(text)).delta()).isEqualTo(base64);

    String broken = head + "\"delta\":\"" + base64 + "\"";
    assertThat(AudioDeltaFrames.parse(broken)).isNull();
    assertThat(ServerEventParser.parse(broken)).isEqualTo(new UnknownEvent("", null, broken));

    String notAudio = head + "\"event_id\":\"e\",\"delta\":\"" + "*".repeat(400) + "\"}";
    assertThat(ServerEventParser.parse(notAudio))
        .isEqualTo(new UnknownEvent("response.output_audio.delta", "e", notAudio));
  }

  private static byte[] randomBytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  @Test
  void framesLongerThanJacksonsCopyBufferKeepTheirJsonAndAudioExact() {
    // Over 32 Ki chars Jackson reads the String through a Reader, in chunks: offsets and audio
    // that span chunks must still come out exact.
    String instructions = "x".repeat(100_000);
    String session = "{\"id\":\"sess_1\",\"instructions\":\"" + instructions + "\",\"tools\":[]}";
    String frame = "{\"type\":\"session.created\",\"event_id\":\"e\",\"session\":" + session + "}";
    SessionCreated created = (SessionCreated) ServerEventParser.parse(frame);
    assertThat(created.sessionId()).isEqualTo("sess_1");
    assertThat(created.sessionJson()).isEqualTo(session);

    byte[] audio = new byte[90_000];
    new Random(1).nextBytes(audio);
    String delta = "{\"type\":\"response.output_audio.delta\",\"event_id\":\"e\",\"delta\":\""
        + Base64.getEncoder().encodeToString(audio) + "\",\"item_id\":\"i\"}";
    AudioDelta parsed = (AudioDelta) ServerEventParser.parse(delta);
    assertThat(parsed.audio()).isEqualTo(audio);
    assertThat(parsed.itemId()).isEqualTo("i");
  }

  @Test
  void eventsOverJacksonsDefaultStringLimitAreParsed() {
    // An item retrieved with its audio can exceed the 20,000,000 chars Jackson allows by default.
    int over = StreamReadConstraints.DEFAULT_MAX_STRING_LEN + 10;
    String audio = "A".repeat(over);
    String item = "{\"id\":\"item_1\",\"type\":\"message\",\"content\":[{\"type\":\"output_audio\","
        + "\"audio\":\"" + audio + "\"}]}";
    String frame = "{\"type\":\"conversation.item.retrieved\",\"event_id\":\"e\",\"item\":" + item
        + "}";
    ConversationItemRetrieved retrieved = (ConversationItemRetrieved) ServerEventParser.parse(frame);
    assertThat(retrieved.itemId()).isEqualTo("item_1");
    assertThat(retrieved.itemJson().length()).isEqualTo(item.length());

    String text = "{\"type\":\"response.output_text.delta\",\"delta\":\"" + audio + "\"}";
    assertThat(((TextDelta) ServerEventParser.parse(text)).delta()).hasSize(over);
  }

  @Test
  void anEventOverTheLimitIsReportedNotParsed() {
    String frame = "{\"type\":\"conversation.item.retrieved\",\"item\":{\"a\":\""
        + "A".repeat(ServerEventParser.MAX_EVENT_CHARS) + "\"}}";
    assertThatThrownBy(() -> ServerEventParser.parse(frame))
        .isInstanceOf(EventTooLargeException.class)
        .hasMessage("server event of " + frame.length() + " chars is over the limit of "
            + ServerEventParser.MAX_EVENT_CHARS + " chars");
  }

  @Test
  void theOrderOfFieldsAndItsChangesBetweenFramesNeverChangeTheRecord() throws Exception {
    // The parser predicts each field name from the last event of the same kind; a wrong guess
    // must cost nothing but time. Each example, in several top-level orders, in turn.
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(11);
    for (String example : ServerEventParserTest.examples().toList()) {
      ObjectNode event = (ObjectNode) json.readTree(ServerEventParserTest.read(example));
      ServerEvent expected = ServerEventParser.parse(json.writeValueAsString(event));
      List<String> names = new ArrayList<>();
      event.fieldNames().forEachRemaining(names::add);
      for (int round = 0; round < 6; round++) {
        Collections.shuffle(names, random);
        if (round % 2 == 0) {
          names.remove("type");
          names.add(0, "type");
        }
        ObjectNode reordered = json.createObjectNode();
        for (String name : names) {
          reordered.set(name, event.get(name));
        }
        String frame = json.writeValueAsString(reordered);
        ServerEvent parsed = ServerEventParser.parse(frame);
        if (expected instanceof UnknownEvent) {
          assertThat(parsed).isEqualTo(new UnknownEvent(expected.type(), expected.eventId(), frame));
        } else {
          assertThat(parsed).as(frame).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void everyWireNameIsFoundFromItsCharsAndNothingElseIs() {
    for (EventKind kind : EventKind.values()) {
      for (String name : kind.names()) {
        char[] chars = ("xx" + name + "yy").toCharArray();
        int slot = EventKind.slot(chars, 2, name.length());
        assertThat(EventKind.kind(slot)).isEqualTo(kind);
        assertThat(EventKind.name(slot)).isSameAs(name);
        assertThat(EventKind.slot(chars, 2, name.length() - 1)).as(name).isEqualTo(-1);
      }
    }
    assertThat(EventKind.slot(new char[0], 0, 0)).isEqualTo(-1);
  }
}
