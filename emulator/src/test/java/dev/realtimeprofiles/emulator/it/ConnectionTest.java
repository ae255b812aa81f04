package dev.realtimeprofiles.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.emulator.RealtimeEmulator;
import dev.realtimeprofiles.emulator.RealtimeEmulatorExtension;
import dev.realtimeprofiles.emulator.RecordedEvent;
import dev.realtimeprofiles.runtime.AuthenticationException;
import dev.realtimeprofiles.runtime.EphemeralSession;
import dev.realtimeprofiles.runtime.FunctionTool;
import dev.realtimeprofiles.runtime.ToolCallException;
import dev.realtimeprofiles.runtime.ToolChoice;
import dev.realtimeprofiles.runtime.RealtimeClient;
import dev.realtimeprofiles.runtime.RealtimeConnection;
import dev.realtimeprofiles.runtime.RealtimeConnectionException;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.SessionUpdateRejectedException;
import dev.realtimeprofiles.runtime.event.AudioTranscriptDelta;
import dev.realtimeprofiles.runtime.event.AudioTranscriptDone;
import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.InputAudioCommitted;
import dev.realtimeprofiles.runtime.event.InputTranscriptionCompleted;
import dev.realtimeprofiles.runtime.event.AudioDelta;
import dev.realtimeprofiles.runtime.event.ConversationItemAdded;
import dev.realtimeprofiles.runtime.event.ResponseCreated;
import dev.realtimeprofiles.runtime.event.FunctionCallArgumentsDone;
import dev.realtimeprofiles.runtime.event.UnknownEvent;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import dev.realtimeprofiles.runtime.event.SessionCreated;
import dev.realtimeprofiles.runtime.event.SessionUpdated;
import dev.realtimeprofiles.runtime.event.TextDelta;
import dev.realtimeprofiles.runtime.event.TextDone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real {@link RealtimeConnection} against the real emulator's WebSocket: authentication with
 * the API key and with minted {@code ek_} secrets, typed events, rejected updates, tool dispatch and
 * the server going away.
 */
class ConnectionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Profiles.WAIT;

  @RegisterExtension final RealtimeEmulatorExtension extension = new RealtimeEmulatorExtension();

  private final List<RealtimeConnection> opened = new ArrayList<>();

  @AfterEach
  void closeConnections() {
    opened.forEach(RealtimeConnection::close);
  }

  private static RealtimeClient client(RealtimeEmulator emulator) {
    return RealtimeClient.builder()
        .apiKey(emulator.apiKey())
        .baseUrl(emulator.baseUrl())
        .maxRetries(0)
        .timeout(WAIT)
        .build();
  }

  private RealtimeConnection track(RealtimeConnection c) {
    opened.add(c);
    return c;
  }

  private RealtimeConnection withSecret(
      RealtimeEmulator emulator, EphemeralSession session, SessionConfig config, Recorder listener) {
    return track(
        RealtimeConnection.builder()
            .config(config)
            .listener(listener)
            .clientSecret(session)
            .baseUrl(emulator.baseUrl())
            .sessionTimeout(WAIT)
            .connect());
  }

  // ---------------------------------------------------------------- GA

  @Test
  void gaTextWithTheApiKey(RealtimeEmulator emulator) {
    emulator.script().reply("Hello", "Hi, how can I help?");
    Recorder listener = new Recorder();
    RealtimeConnection c =
        track(client(emulator).connect(Profiles.richGa(Modality.TEXT), listener));

    assertThat(c.api()).isEqualTo(Api.GA);
    assertThat(c.awaitEvent(SessionCreated.class, WAIT).sessionId()).startsWith("sess");
    SessionUpdated updated = c.awaitEvent(SessionUpdated.class, WAIT);
    assertThat(updated.sessionJson()).contains("\"output_modalities\":[\"text\"]", "lookupOrder");

    c.sendText("Hello");
    assertThat(c.awaitEvent(TextDelta.class, WAIT).delta()).isNotEmpty();
    assertThat(c.awaitEvent(TextDone.class, WAIT).text()).isEqualTo("Hi, how can I help?");
    ResponseDone done = c.awaitEvent(ResponseDone.class, WAIT);
    assertThat(done.isCompleted()).isTrue();
    assertThat(done.toolCalls()).isEmpty();
    assertThat(String.join("", listener.textDeltas)).isEqualTo("Hi, how can I help?");
    assertThat(listener.errors).isEmpty();
    assertEveryGaSessionUpdateAccepted(emulator);
  }

  @Test
  void gaAudioWithAMintedClientSecret(RealtimeEmulator emulator) {
    emulator.script().reply("Hello", "Hi there.");
    SessionConfig config = Profiles.richGa(Modality.AUDIO);
    EphemeralSession session = client(emulator).createClientSecret(config, Duration.ofMinutes(1));
    Recorder listener = new Recorder();

    RealtimeConnection c = withSecret(emulator, session, config, listener);

    assertThat(c.awaitEvent(SessionCreated.class, WAIT).sessionJson()).contains("marin");
    c.awaitEvent(SessionUpdated.class, WAIT);
    c.sendText("Hello");
    assertThat(c.awaitEvent(AudioTranscriptDelta.class, WAIT).delta()).isNotEmpty();
    assertThat(c.awaitEvent(AudioTranscriptDone.class, WAIT).transcript()).isEqualTo("Hi there.");
    assertThat(c.awaitEvent(ResponseDone.class, WAIT).isCompleted()).isTrue();
    assertThat(listener.textDeltas).isEmpty();
    assertEveryModelledEventTyped(listener);
    // the builder was given the secret only, never the API key
    assertThat(c.toString()).doesNotContain(session.clientSecret().value());
    assertEveryGaSessionUpdateAccepted(emulator);
  }

  @Test
  void anUnknownClientSecretFailsTheHandshakeWithoutShowingIt(RealtimeEmulator emulator) {
    String forged = "ek_notMintedByTheEmulator0123456789";
    Recorder listener = new Recorder();

    AuthenticationException e =
        catchThrowableOfType(
            AuthenticationException.class,
            () ->
                RealtimeConnection.builder()
                    .config(Profiles.vadGa())
                    .listener(listener)
                    .clientSecret(forged)
                    .baseUrl(emulator.baseUrl())
                    .sessionTimeout(WAIT)
                    .connect());

    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.getMessage()).doesNotContain(forged).doesNotContain("0123456789");
    assertThat(listener.terminalCalls).containsExactly("onFailure");
  }

  @Test
  void gaUpdatesOfEveryKindAreAccepted(RealtimeEmulator emulator) {
    Recorder listener = new Recorder();
    RealtimeConnection c = track(client(emulator).connect(Profiles.vadGa(), listener));

    c.updateSession(Profiles.richGa(Modality.TEXT));
    c.updateSession(Profiles.richGa(Modality.AUDIO).withVoice("voice_1234"));
    c.updateSession(SessionConfig.builder().voice(Voice.ASH).build());
    SessionUpdated last = c.updateSession(Profiles.vadGa().withTools().withToolChoice(
        ToolChoice.NONE));

    assertThat(last.sessionJson()).contains("\"tool_choice\":\"none\"");
    assertThat(emulator.receivedEvents().stream().filter(e -> e.type().equals("session.update")))
        .hasSize(5);
    assertEveryGaSessionUpdateAccepted(emulator);
  }

  @Test
  void aRejectedUpdateNamesTheParamAndTheConnectionGoesOn(RealtimeEmulator emulator) {
    Recorder listener = new Recorder();
    RealtimeConnection c = track(client(emulator).connect(Profiles.vadGa(), listener));

    SessionUpdateRejectedException e =
        catchThrowableOfType(
            SessionUpdateRejectedException.class,
            () -> c.updateSession(Profiles.vadGa().withSpeed(3.0)));

    assertThat(e.param()).isEqualTo("session.audio.output.speed");
    assertThat(e.clientEventId()).isEqualTo("evt_2");
    assertThat(e.getMessage()).contains("session.audio.output.speed");
    // the rejection may be thrown before the listener hears the error; the buffer has it after
    assertThat(c.awaitEvent(ErrorEvent.class, WAIT).param()).isEqualTo("session.audio.output.speed");
    assertThat(listener.errors).hasSize(1);
    assertThat(c.isOpen()).isTrue();
    assertThat(c.updateSession(Profiles.vadGa().withSpeed(1.5)).sessionJson()).contains("1.5");
  }

  @Test
  void theVoiceIsFixedOnceTheModelHasSpoken(RealtimeEmulator emulator) {
    SessionConfig audio = Profiles.richGa(Modality.AUDIO); // voice marin
    RealtimeConnection c = track(client(emulator).connect(audio, new Recorder()));
    SessionConfig ash = audio.withVoice("ash");
    c.updateSession(ash); // before the model has spoken: any voice
    c.sendText("Hello");
    c.awaitEvent(ResponseDone.class, WAIT);

    c.updateSession(ash.withInstructions("Be briefer.")); // resends the same voice: fine
    SessionUpdateRejectedException e =
        catchThrowableOfType(SessionUpdateRejectedException.class, () -> c.updateSession(audio));

    assertThat(e.code()).isEqualTo("cannot_update_voice");
    assertThat(e.param()).isNull();
    assertThat(c.isOpen()).isTrue();
  }

  @Test
  void aRejectedFirstUpdateFailsConnect(RealtimeEmulator emulator) {
    Recorder listener = new Recorder();

    SessionUpdateRejectedException e =
        catchThrowableOfType(
            SessionUpdateRejectedException.class,
            () -> client(emulator).connect(Profiles.vadGa().withSpeed(0.1), listener));

    assertThat(e.param()).isEqualTo("session.audio.output.speed");
  }

  @Test
  void aToolCallRoundTrip(RealtimeEmulator emulator) throws Exception {
    emulator.script().callTool("Where is my order A-1017?", "lookupOrder", "{\"orderId\":\"A-1017\"}");
    SupportTools tools = new SupportTools();
    Recorder listener = new Recorder();
    RealtimeConnection c =
        track(
            client(emulator)
                .connect(Profiles.richGa(Modality.TEXT), new SupportTools.Dispatcher(tools), listener));

    c.sendText("Where is my order A-1017?");

    ResponseDone call = c.awaitEvent(ResponseDone.class, WAIT);
    assertThat(call.toolCalls()).singleElement().satisfies(t -> {
      assertThat(t.name()).isEqualTo("lookupOrder");
      assertThat(t.argumentsJson()).isEqualTo("{\"orderId\":\"A-1017\"}");
    });
    TextDone answer = c.awaitEvent(TextDone.class, WAIT);
    assertThat(answer.text()).contains("lookupOrder", "shipped", "A-1017");
    assertThat(c.awaitEvent(ResponseDone.class, WAIT).isCompleted()).isTrue();
    assertThat(tools.calls).containsExactly("lookupOrder A-1017");
    assertEveryModelledEventTyped(listener);
    assertThat(listener.toolCalls).hasSize(1);

    JsonNode output = functionCallOutput(emulator);
    assertThat(output.path("call_id").asText()).isEqualTo(call.toolCalls().get(0).callId());
    assertThat(JSON.readTree(output.path("output").asText()))
        .isEqualTo(JSON.readTree("{\"orderId\":\"A-1017\",\"status\":\"shipped\"}"));
    assertThat(typesAfter(emulator, "conversation.item.create")).startsWith("response.create");
    assertThat(listener.errors).isEmpty();
  }

  @Test
  void aToolThatThrowsIsAnsweredWithAnErrorAndTheConnectionStaysUp(RealtimeEmulator emulator)
      throws Exception {
    emulator.script().callTool("Cancel A-1017", "cancelOrder", "{\"orderId\":\"A-1017\"}");
    emulator.script().reply("Still there?", "Yes.");
    SupportTools tools = new SupportTools();
    Recorder listener = new Recorder();
    RealtimeConnection c =
        track(
            client(emulator)
                .connect(Profiles.richGa(Modality.TEXT), new SupportTools.Dispatcher(tools), listener));

    c.sendText("Cancel A-1017");

    assertThat(listener.nextToolError()).isInstanceOf(IllegalStateException.class);
    String output = functionCallOutput(emulator).path("output").asText();
    assertThat(output).contains("error", "cancelOrder", "IllegalStateException")
        .doesNotContain("secret detail");
    c.awaitEvent(ResponseDone.class, WAIT); // the call
    assertThat(c.awaitEvent(TextDone.class, WAIT).text()).contains("cancelOrder");
    c.awaitEvent(ResponseDone.class, WAIT); // the answer to the error output
    assertThat(c.isOpen()).isTrue();

    c.sendText("Still there?");
    assertThat(c.awaitEvent(TextDone.class, WAIT).text()).isEqualTo("Yes.");
    assertThat(listener.terminalCalls).isEmpty();
  }

  @Test
  void gaInputAudioIsCommittedTranscribedAndAnswered(RealtimeEmulator emulator) {
    emulator.script().transcribeAudioAs("Where is my order A-1017?");
    emulator.script().reply("Where is my order A-1017?", "It has shipped.");
    Recorder listener = new Recorder();
    RealtimeConnection c =
        track(client(emulator).connect(Profiles.richGa(Modality.AUDIO), listener));

    c.appendInputAudio(new byte[4800]); // 100 ms of PCM16 at 24 kHz
    c.commitInputAudio();
    InputAudioCommitted committed = c.awaitEvent(InputAudioCommitted.class, WAIT);
    InputTranscriptionCompleted heard = c.awaitEvent(InputTranscriptionCompleted.class, WAIT);
    assertThat(heard.transcript()).isEqualTo("Where is my order A-1017?");
    assertThat(heard.itemId()).isEqualTo(committed.itemId());
    c.createResponse();

    assertThat(c.awaitEvent(ResponseCreated.class, WAIT)).isNotNull();
    assertThat(c.awaitEvent(AudioDelta.class, WAIT).audio()).isNotEmpty();
    assertThat(c.awaitEvent(AudioTranscriptDone.class, WAIT).transcript()).isEqualTo("It has shipped.");
    assertThat(c.awaitEvent(ResponseDone.class, WAIT).isCompleted()).isTrue();
    assertThat(listener.eventsOf(ConversationItemAdded.class)).isNotEmpty();
    assertThat(listener.errors).isEmpty();
    assertEveryModelledEventTyped(listener);
    assertEveryGaSessionUpdateAccepted(emulator);
  }

  @Test
  void unknownToolsAndBadArgumentsAreAnsweredWithAnErrorOutput(RealtimeEmulator emulator)
      throws Exception {
    FunctionTool refund = FunctionTool.builder().name("refundOrder").build();
    emulator.script().callTool("Refund A-1017", "refundOrder", "{\"orderId\":\"A-1017\"}");
    emulator.script().callTool("Where is my order?", "lookupOrder", "{}");
    SupportTools tools = new SupportTools();
    Recorder listener = new Recorder();
    RealtimeConnection c =
        track(
            client(emulator)
                .connect(
                    Profiles.vadGa().withTools(Profiles.lookupOrder(), refund)
                        .withToolChoice(ToolChoice.AUTO),
                    new SupportTools.Dispatcher(tools),
                    listener));

    c.sendText("Refund A-1017");
    assertThat(listener.nextToolError()).isInstanceOf(ToolCallException.class)
        .hasMessageContaining("refundOrder");
    assertThat(c.awaitEvent(TextDone.class, WAIT).text()).contains("refundOrder", "error");
    c.awaitEvent(ResponseDone.class, WAIT);
    c.awaitEvent(ResponseDone.class, WAIT);

    c.sendText("Where is my order?");
    assertThat(listener.nextToolError()).isInstanceOf(ToolCallException.class)
        .hasMessageContaining("orderId");
    assertThat(c.awaitEvent(TextDone.class, WAIT).text()).contains("lookupOrder", "orderId");
    assertThat(tools.calls).isEmpty();
    assertThat(c.isOpen()).isTrue();
    assertThat(emulator.receivedEvents().stream()
            .filter(e -> e.json().contains("function_call_output")))
        .hasSize(2);
  }

  @Test
  void anExpiredClientSecretIsRefusedAtTheHandshake() {
    MutableClock clock = new MutableClock();
    try (RealtimeEmulator own = RealtimeEmulator.builder().clock(clock).build().start()) {
      EphemeralSession session =
          client(own).createClientSecret(Profiles.vadGa(), Duration.ofSeconds(10));
      assertThat(session.expiresAt()).isEqualTo(clock.instant().plusSeconds(10));
      clock.advance(Duration.ofSeconds(11));
      Recorder listener = new Recorder();

      AuthenticationException e =
          catchThrowableOfType(
              AuthenticationException.class,
              () -> withSecret(own, session, Profiles.vadGa(), listener));

      assertThat(e.getMessage()).contains("expired")
          .doesNotContain(session.clientSecret().value());
    }
  }

  /** A clock a test moves by hand, to expire client secrets. */
  private static final class MutableClock extends java.time.Clock {
    private volatile java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }

  // ---------------------------------------------------------------- beta

  @Test
  void aBetaToolCallRoundTrip(RealtimeEmulator emulator) throws Exception {
    emulator.script().callTool("Where is my order A-1017?", "lookupOrder", "{\"orderId\":\"A-1017\"}");
    SupportTools tools = new SupportTools();
    Recorder listener = new Recorder();
    SessionConfig config =
        Profiles.offBeta().withTools(Profiles.lookupOrder()).withToolChoice(
            ToolChoice.AUTO);
    RealtimeConnection c =
        track(client(emulator).connect(config, new SupportTools.Dispatcher(tools), listener));

    c.sendText("Where is my order A-1017?");

    assertThat(c.awaitEvent(FunctionCallArgumentsDone.class, WAIT).arguments())
        .isEqualTo("{\"orderId\":\"A-1017\"}");
    c.awaitEvent(ResponseDone.class, WAIT);
    assertThat(c.awaitEvent(TextDone.class, WAIT).text()).contains("lookupOrder", "shipped");
    assertThat(functionCallOutput(emulator).path("output").asText()).contains("shipped");
    assertThat(tools.calls).containsExactly("lookupOrder A-1017");
    assertThat(listener.errors).isEmpty();
    assertEveryModelledEventTyped(listener);
  }

  @Test
  void betaTextWithTheApiKey(RealtimeEmulator emulator) {
    emulator.script().reply("Hello", "Hi from beta.");
    Recorder listener = new Recorder();
    RealtimeConnection c = track(client(emulator).connect(Profiles.offBeta(), listener));

    assertThat(c.api()).isEqualTo(Api.BETA);
    c.awaitEvent(SessionCreated.class, WAIT);
    c.sendText("Hello");
    assertThat(c.awaitEvent(TextDelta.class, WAIT).type()).isEqualTo("response.text.delta");
    assertThat(c.awaitEvent(TextDone.class, WAIT).text()).isEqualTo("Hi from beta.");
    assertThat(c.awaitEvent(ResponseDone.class, WAIT).isCompleted()).isTrue();
    assertThat(emulator.receivedRequests().get(0).header("OpenAI-Beta")).isEqualTo("realtime=v1");
    assertThat(listener.errors).isEmpty();
  }

  @Test
  void betaAudioWithAMintedClientSecret(RealtimeEmulator emulator) {
    emulator.script().reply("Hello", "Hi from beta audio.");
    SessionConfig config = Profiles.richBeta(Modality.AUDIO, Modality.TEXT);
    EphemeralSession session = client(emulator).createSession(config);
    Recorder listener = new Recorder();

    RealtimeConnection c = withSecret(emulator, session, config, listener);

    c.awaitEvent(SessionCreated.class, WAIT);
    assertThat(c.awaitEvent(SessionUpdated.class, WAIT).sessionJson()).contains("\"temperature\":0.7");
    c.sendText("Hello");
    assertThat(c.awaitEvent(AudioTranscriptDelta.class, WAIT).type())
        .isEqualTo("response.audio_transcript.delta");
    assertThat(c.awaitEvent(AudioTranscriptDone.class, WAIT).transcript())
        .isEqualTo("Hi from beta audio.");
    assertThat(c.awaitEvent(ResponseDone.class, WAIT).isCompleted()).isTrue();
    assertThat(listener.errors).isEmpty();
  }

  @Test
  void aBetaRejectedUpdateNamesTheParam(RealtimeEmulator emulator) {
    RealtimeConnection c = track(client(emulator).connect(Profiles.offBeta(), new Recorder()));

    SessionUpdateRejectedException e =
        catchThrowableOfType(
            SessionUpdateRejectedException.class,
            () -> c.updateSession(Profiles.offBeta().withTemperature(2.0)));

    assertThat(e.param()).isEqualTo("session.temperature");
    assertThat(c.isOpen()).isTrue();
  }

  @Test
  void aCancelledResponseIsNotCompletedAndASecondResponseWhileOneRunsIsAnErrorOnly()
      throws Exception {
    try (RealtimeEmulator slow =
        RealtimeEmulator.builder().eventInterval(Duration.ofMillis(50)).build().start()) {
      // 20 words at 50 ms: a second of answer to cancel, even on a loaded machine
      slow.script().reply("Tell me a story",
          "Once upon a time there was a very long answer that went on and on and on until"
              + " somebody cancelled it.");
      Recorder listener = new Recorder();
      RealtimeConnection c = track(client(slow).connect(Profiles.vadGa(), listener));

      c.sendText("Tell me a story");
      c.awaitEvent(TextDelta.class, WAIT);
      String second = c.createResponse();
      ErrorEvent busy = c.awaitEvent(ErrorEvent.class, WAIT);
      assertThat(busy.clientEventId()).isEqualTo(second);
      c.cancelResponse();
      ResponseDone done = c.awaitEvent(ResponseDone.class, WAIT);

      assertThat(done.status()).isEqualTo("cancelled");
      assertThat(done.isCompleted()).isFalse();
      assertThat(c.isOpen()).isTrue();
      c.close();
      assertThat(listener.awaitEnd()).isEqualTo("closed 1000");
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (slow.openConnections() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(slow.openConnections()).isZero();
    }
  }

  // ---------------------------------------------------------------- the server goes away

  @Test
  void closingTheEmulatorMidConnectionEndsItForTheListener() throws Exception {
    RealtimeEmulator own = RealtimeEmulator.builder().build().start();
    Recorder listener = new Recorder();
    RealtimeConnection c;
    try {
      c = track(client(own).connect(Profiles.richGa(Modality.TEXT), listener));
      assertThat(c.isOpen()).isTrue();
    } finally {
      own.close();
    }

    String end = listener.awaitEnd();
    assertThat(end).matches("closed 1001|failed .*");
    assertThat(listener.terminalCalls).hasSize(1);
    assertThat(c.isOpen()).isFalse();
    assertThatThrownBy(() -> c.awaitEvent(TextDone.class, WAIT))
        .isInstanceOf(RealtimeConnectionException.class);
    assertThatThrownBy(() -> c.sendText("anyone?")).isInstanceOf(RealtimeConnectionException.class);
  }

  @Test
  void closingTheEmulatorDuringAResponseNeverHangs() throws Exception {
    RealtimeEmulator slow =
        RealtimeEmulator.builder().eventInterval(Duration.ofMillis(200)).build().start();
    Recorder listener = new Recorder();
    RealtimeConnection c;
    try {
      c = track(client(slow).connect(Profiles.richGa(Modality.TEXT), listener));
      c.sendText("a long answer, please");
      c.awaitEvent(TextDelta.class, WAIT);
    } finally {
      slow.close();
    }

    assertThat(listener.awaitEnd()).isNotEmpty();
    assertThatThrownBy(() -> c.awaitEvent(ResponseDone.class, WAIT))
        .isInstanceOf(RealtimeConnectionException.class)
        .hasMessageContaining("ended");
  }

  // ---------------------------------------------------------------- helpers

  /** The event names the runtime models (GA and beta); none of them may arrive untyped. */
  private static final Set<String> MODELLED = Set.of(
      "session.created", "session.updated", "error", "response.created",
      "response.output_text.delta", "response.text.delta", "response.output_text.done",
      "response.text.done", "response.output_audio.delta", "response.audio.delta",
      "response.output_audio.done", "response.audio.done",
      "response.output_audio_transcript.delta", "response.audio_transcript.delta",
      "response.output_audio_transcript.done", "response.audio_transcript.done",
      "conversation.item.input_audio_transcription.delta",
      "conversation.item.input_audio_transcription.completed",
      "conversation.item.input_audio_transcription.failed", "conversation.item.added",
      "conversation.item.created", "response.function_call_arguments.done", "response.done",
      "input_audio_buffer.speech_started", "input_audio_buffer.speech_stopped",
      "input_audio_buffer.committed", "rate_limits.updated");

  /** An event the runtime models but could not read (a field missing or misnamed) stays raw. */
  static void assertEveryModelledEventTyped(Recorder listener) {
    assertThat(listener.eventsOf(UnknownEvent.class))
        .filteredOn(e -> MODELLED.contains(e.type()))
        .as("modelled events the runtime could not read")
        .isEmpty();
  }

  /**
   * Every GA session.update the runtime sent was answered with session.updated, never an error,
   * and carried {@code session.type = realtime} and no client secret.
   */
  static void assertEveryGaSessionUpdateAccepted(RealtimeEmulator emulator) {
    List<RecordedEvent> updates =
        emulator.receivedEvents().stream().filter(e -> e.type().equals("session.update")).toList();
    assertThat(updates).isNotEmpty();
    for (RecordedEvent update : updates) {
      JsonNode json = read(update.json());
      assertThat(json.at("/session/type").asText()).isEqualTo("realtime");
      assertThat(json.path("session").has("client_secret")).isFalse();
    }
    List<RecordedEvent> errors =
        emulator.sentEvents().stream().filter(e -> e.type().equals("error")).toList();
    assertThat(errors).as("errors the emulator sent").isEmpty();
    assertThat(emulator.sentEvents().stream().filter(e -> e.type().equals("session.updated")))
        .hasSameSizeAs(updates);
  }

  private static JsonNode functionCallOutput(RealtimeEmulator emulator) {
    RecordedEvent create = emulator.awaitReceivedEvent("conversation.item.create", WAIT);
    // the first item create is the user's message; the output is a later one
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      for (RecordedEvent e : emulator.receivedEvents()) {
        JsonNode item = read(e.json()).path("item");
        if (item.path("type").asText().equals("function_call_output")) {
          return item;
        }
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no function_call_output after " + create.json());
  }

  /** Types of the client events received after the last one of {@code type}. */
  private static List<String> typesAfter(RealtimeEmulator emulator, String type) {
    List<RecordedEvent> received = emulator.receivedEvents();
    int last = -1;
    for (int i = 0; i < received.size(); i++) {
      if (received.get(i).type().equals(type)) {
        last = i;
      }
    }
    return received.subList(last + 1, received.size()).stream().map(RecordedEvent::type).toList();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(json, e);
    }
  }
}
