package dev.realtimeprofiles.runtime;

import static dev.realtimeprofiles.runtime.ClientFixture.API_KEY;
import static dev.realtimeprofiles.runtime.FakeRealtimeServer.JSON;
import static dev.realtimeprofiles.runtime.FakeRealtimeServer.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.runtime.event.AudioDelta;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.SessionCreated;
import dev.realtimeprofiles.runtime.event.SessionUpdated;
import dev.realtimeprofiles.runtime.event.TextDelta;
import dev.realtimeprofiles.runtime.event.TextDone;
import dev.realtimeprofiles.runtime.event.UnknownEvent;
import dev.realtimeprofiles.runtime.internal.json.BetaRequestWriter;
import dev.realtimeprofiles.runtime.internal.json.GaRequestWriter;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RealtimeConnectionTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final FakeRealtimeServer server;
  private final RecordingListener listener = new RecordingListener();
  private final List<String> toolThreads = new CopyOnWriteArrayList<>();
  private RealtimeConnection connection;

  RealtimeConnectionTest() throws Exception {
    server = new FakeRealtimeServer();
  }

  @AfterEach
  void stop() {
    if (connection != null) {
      connection.close();
    }
    server.close();
  }

  private RealtimeClient.Builder clientBuilder() {
    return RealtimeClient.builder().apiKey(API_KEY).baseUrl(server.baseUrl());
  }

  private RealtimeConnection connect(SessionConfig config) {
    connection = clientBuilder().build().connect(config, listener);
    return connection;
  }

  private RealtimeConnection connectWithTools(SessionConfig config) {
    connection =
        clientBuilder()
            .build()
            .connect(config, new SupportToolsToolDispatcher(new Tools()), listener);
    return connection;
  }

  /** A user's tools: lookupOrder answers, escalate throws for order B-1 and fails hard for E-1. */
  private final class Tools implements SupportTools {
    @Override
    public OrderStatus lookupOrder(String orderId) {
      toolThreads.add(Thread.currentThread().getName());
      return new OrderStatus(orderId, "shipped", List.of("kettle", "mug"));
    }

    @Override
    public void escalate(String orderId, Priority priority) {
      toolThreads.add(Thread.currentThread().getName());
      if (orderId.equals("B-1")) {
        throw new IllegalStateException("database down, key " + API_KEY);
      }
      if (orderId.equals("E-1")) {
        throw new NoClassDefFoundError("com/acme/MissingFromTheClassPath");
      }
    }
  }

  private static void assertValid(String schema, JsonNode json) {
    assertThat(RealtimeSchemas.bundled().validate(schema, json)).as(schema + ": " + json).isEmpty();
  }

  /** A response.done with the given status and function calls (name, call id, arguments). */
  private static String responseDone(String status, String... calls) {
    ObjectNode event = JSON.createObjectNode();
    event.put("type", "response.done");
    event.put("event_id", "event_done");
    ObjectNode response = event.putObject("response");
    response.put("object", "realtime.response");
    response.put("id", "resp_1");
    response.put("status", status);
    ArrayNode output = response.putArray("output");
    for (int i = 0; i < calls.length; i += 3) {
      ObjectNode item = output.addObject();
      item.put("id", "item_" + i);
      item.put("type", "function_call");
      item.put("status", "completed");
      item.put("name", calls[i]);
      item.put("call_id", calls[i + 1]);
      item.put("arguments", calls[i + 2]);
    }
    return event.toString();
  }

  // ------------------------------------------------------------ handshake and session.update

  @Test
  void gaConnectionUsesTheApiKeyAndSendsTheGaSessionUpdate() throws Exception {
    connection =
        clientBuilder()
            .organization("org-1")
            .project("proj_1")
            .build()
            .connect(TestConfigs.fullGa(), listener);

    RecordedRequest handshake = server.takeRequest();
    assertThat(handshake.getTarget()).isEqualTo("/v1/realtime?model=gpt-realtime");
    assertThat(handshake.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(handshake.getHeaders().get("Upgrade")).isEqualTo("websocket");
    assertThat(handshake.getHeaders().get("OpenAI-Beta")).isNull();
    assertThat(handshake.getHeaders().get("OpenAI-Organization")).isEqualTo("org-1");
    assertThat(handshake.getHeaders().get("OpenAI-Project")).isEqualTo("proj_1");
    assertThat(handshake.getHeaders().get("User-Agent")).startsWith("realtime-profiles-java/");

    JsonNode update = server.take("session.update");
    assertValid(RealtimeSchemas.GA_CLIENT_EVENT, update);
    assertValid("RealtimeClientEventSessionUpdate", update);
    assertThat(update.get("event_id").asText()).isEqualTo("evt_1");
    JsonNode session = update.get("session");
    assertThat(session.get("type").asText()).isEqualTo("realtime");
    assertThat(session.has("model")).as("model is fixed by the URL").isFalse();
    assertThat(session.has("client_secret")).isFalse();
    assertThat(update.toString()).doesNotContain("expires_after");
    ObjectNode expected = GaRequestWriter.sessionNode(TestConfigs.fullGa());
    expected.remove("model");
    assertThat(session).isEqualTo(expected);
    assertThat(session.at("/audio/output/voice").asText()).isEqualTo("marin");

    assertThat(connection.isOpen()).isTrue();
    assertThat(connection.api()).isEqualTo(Api.GA);
    assertThat(connection.toString())
        .startsWith("RealtimeConnection{url=ws://")
        .contains("/v1/realtime?model=gpt-realtime")
        .doesNotContain(API_KEY);
    assertThat(listener.events).first().isInstanceOf(SessionCreated.class);
    assertThat(listener.events).hasAtLeastOneElementOfType(SessionUpdated.class);
  }

  @Test
  void betaConnectionSendsTheBetaHeaderAndTheFlatSession() throws Exception {
    connect(TestConfigs.fullBeta());

    RecordedRequest handshake = server.takeRequest();
    assertThat(handshake.getTarget())
        .isEqualTo("/v1/realtime?model=gpt-4o-realtime-preview-2024-12-17");
    assertThat(handshake.getHeaders().get("OpenAI-Beta")).isEqualTo("realtime=v1");

    JsonNode update = server.take("session.update");
    // The spec's beta session.update refers to RealtimeSessionCreateRequest, which wrongly
    // requires the response's client_secret (DESIGN §2); the session is checked against
    // RealtimeSession instead, the envelope by hand.
    assertThat(update.get("event_id").asText()).isEqualTo("evt_1");
    assertThat(update.size()).isEqualTo(3);
    JsonNode session = update.get("session");
    assertValid(RealtimeSchemas.BETA_SESSION, session);
    ObjectNode expected = BetaRequestWriter.sessionNode(TestConfigs.fullBeta());
    expected.remove("model");
    assertThat(session).isEqualTo(expected);
    assertThat(session.get("temperature").asDouble()).isEqualTo(0.7);
    assertThat(session.has("type")).isFalse();
    assertThat(session.has("client_secret")).isFalse();
    assertThat(connection.api()).isEqualTo(Api.BETA);
  }

  @Test
  void anEphemeralSecretConnectsWithoutAnApiKey() throws Exception {
    String secret = "ek_68af296e8e408191a1120ab6383263c2";
    connection =
        RealtimeConnection.builder()
            .clientSecret(secret)
            .baseUrl(server.baseUrl())
            .config(SessionConfig.builder().voice(Voice.CEDAR).build())
            .listener(listener)
            .connect();

    RecordedRequest handshake = server.takeRequest();
    assertThat(handshake.getTarget()).isEqualTo("/v1/realtime?model=gpt-realtime");
    assertThat(handshake.getHeaders().get("Authorization")).isEqualTo("Bearer " + secret);
    assertThat(handshake.getHeaders().get("OpenAI-Beta")).isNull();
    JsonNode update = server.take("session.update");
    assertValid(RealtimeSchemas.GA_CLIENT_EVENT, update);
    assertThat(update.at("/session/audio/output/voice").asText()).isEqualTo("cedar");
    assertThat(connection.toString()).doesNotContain("ek_");
    assertThat(RealtimeConnection.builder().clientSecret(secret).toString()).doesNotContain("ek_");
  }

  @Test
  void aBaseUrlWithATrailingSlashGivesTheSameWebSocketUrl() throws Exception {
    connection =
        RealtimeConnection.builder()
            .clientSecret("ek_68af296e8e408191a1120ab6383263c2")
            .baseUrl(server.baseUrl() + "/")
            .config(SessionConfig.builder().build())
            .listener(listener)
            .connect();

    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/realtime?model=gpt-realtime");
  }

  @Test
  void aBetaEphemeralSessionConnectsWithItsSecretAndTheBetaHeader() throws Exception {
    EphemeralSession session =
        new EphemeralSession(
            Api.BETA,
            new ClientSecret("ek_beta_0123456789", Instant.ofEpochSecond(1756310470)),
            JSON.createObjectNode());
    connection =
        RealtimeConnection.builder()
            .clientSecret(session)
            .baseUrl(server.baseUrl())
            .config(SessionConfig.builder().api(Api.BETA).build())
            .listener(listener)
            .connect();

    RecordedRequest handshake = server.takeRequest();
    assertThat(handshake.getTarget()).isEqualTo("/v1/realtime?model=gpt-4o-realtime-preview");
    assertThat(handshake.getHeaders().get("Authorization")).isEqualTo("Bearer ek_beta_0123456789");
    assertThat(handshake.getHeaders().get("OpenAI-Beta")).isEqualTo("realtime=v1");
    assertThat(server.take("session.update").get("session").size()).isZero();
  }

  @Test
  void aRejectedSessionUpdateFailsConnectWithTheServersMessageAndParam() throws Exception {
    server.behaviour =
        FakeRealtimeServer.rejectSessionUpdate(
            "Invalid value: 'ash2'. Supported values are: 'alloy', 'ash'.",
            "session.audio.output.voice");

    assertThatThrownBy(() -> connect(SessionConfig.builder().voice("ash2").build()))
        .isInstanceOfSatisfying(
            SessionUpdateRejectedException.class,
            e -> {
              assertThat(e.param()).isEqualTo("session.audio.output.voice");
              assertThat(e.type()).isEqualTo("invalid_request_error");
              assertThat(e.code()).isEqualTo("invalid_value");
              assertThat(e.clientEventId()).isEqualTo("evt_1");
              assertThat(e.statusCode()).isZero();
            })
        .hasMessage(
            "the server rejected session.update evt_1: Invalid value: 'ash2'. Supported values"
                + " are: 'alloy', 'ash'. (param: session.audio.output.voice)");
    assertThat(listener.errors).singleElement().satisfies(
        e -> assertThat(e.clientEventId()).isEqualTo("evt_1"));
    // The connection that failed to open is closed normally, not left dangling.
    assertThat(server.clientClose.get(5, TimeUnit.SECONDS)[0]).isEqualTo(1000);
  }

  @Test
  void anUnansweredSessionUpdateFailsConnectAfterTheSessionTimeout() throws Exception {
    server.behaviour =
        event ->
            List.of(
                "{\"type\":\"error\",\"event_id\":\"e\",\"error\":{\"type\":\"server_error\","
                    + "\"message\":\"The server is busy.\",\"event_id\":null}}");

    assertThatThrownBy(
            () ->
                RealtimeConnection.builder()
                    .clientSecret("ek_x")
                    .baseUrl(server.baseUrl())
                    .config(SessionConfig.builder().build())
                    .listener(listener)
                    .sessionTimeout(Duration.ofMillis(300))
                    .connect())
        .isInstanceOf(RealtimeConnectionException.class)
        .hasMessage(
            "the server did not answer session.update evt_1 within PT0.3S;"
                + " its last error: The server is busy.");
    assertThat(server.clientClose.get(5, TimeUnit.SECONDS)[0]).isEqualTo(1000);
  }

  @Test
  void aLaterRejectedUpdateThrowsAndTheConnectionStaysUp() throws Exception {
    connect(TestConfigs.fullGa());
    server.take("session.update");

    server.behaviour = FakeRealtimeServer.rejectSessionUpdate("Bad speed", "session.audio.output.speed");
    assertThatThrownBy(() -> connection.updateSession(TestConfigs.fullGa().withSpeed(9.0)))
        .isInstanceOf(SessionUpdateRejectedException.class)
        .hasMessageContaining("Bad speed")
        .hasMessageContaining("(param: session.audio.output.speed)");
    assertThat(server.take("session.update").at("/session/audio/output/speed").asDouble())
        .isEqualTo(9.0);

    server.behaviour = FakeRealtimeServer::acceptSessionUpdate;
    SessionUpdated updated = connection.updateSession(TestConfigs.fullGa().withInstructions("Be kind."));
    assertThat(updated.sessionJson()).contains("Be kind.");
    assertThat(connection.isOpen()).isTrue();
    assertThatThrownBy(() -> connection.updateSession(TestConfigs.fullBeta()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("this connection speaks the GA API; the config targets BETA");
  }

  @Test
  void secretsInServerMessagesAreRedacted() throws Exception {
    String secret = "ek_0123456789abcdef";
    server.behaviour =
        FakeRealtimeServer.rejectSessionUpdate("secret " + secret + " and key " + API_KEY, null);

    assertThatThrownBy(
            () ->
                RealtimeConnection.builder()
                    .clientSecret(secret)
                    .baseUrl(server.baseUrl())
                    .config(SessionConfig.builder().build())
                    .listener(listener)
                    .connect())
        .isInstanceOf(SessionUpdateRejectedException.class)
        .hasMessageNotContaining(secret)
        .hasMessageNotContaining(API_KEY)
        .hasMessageContaining("<redacted>");
  }

  @Test
  void aRejectedHandshakeIsTypedByStatusWithoutTheKey() throws Exception {
    try (MockWebServer plain = new MockWebServer()) {
      plain.start();
      plain.enqueue(
          ClientFixture.json(
              401,
              "{\"error\":{\"message\":\"Incorrect API key provided: " + API_KEY + "\","
                  + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}"));
      RealtimeClient client =
          RealtimeClient.builder().apiKey(API_KEY).baseUrl(plain.url("/v1").toString()).build();

      assertThatThrownBy(() -> client.connect(SessionConfig.builder().build(), listener))
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(401);
                assertThat(e.code()).isEqualTo("invalid_api_key");
              })
          .hasMessageContaining("WebSocket handshake")
          .hasMessageNotContaining(API_KEY);
      assertThat(listener.awaitFailure()).isInstanceOf(AuthenticationException.class);
    }
  }

  // ------------------------------------------------------------ client events

  @Test
  void clientEventsCarryFreshIdsAndMatchTheSpec() throws Exception {
    connect(TestConfigs.fullGa());
    server.take("session.update");
    byte[] pcm = {0, 1, 2, 3, (byte) 0xff, 127};

    String textId = connection.sendText("Where is my order A-1017?");
    String audioId = connection.appendInputAudio(pcm);
    String commitId = connection.commitInputAudio();
    String clearId = connection.clearInputAudio();
    String cancelId = connection.cancelResponse();
    String outputId = connection.sendFunctionCallOutput("call_9", "{\"ok\":true}");
    String itemOnlyId = connection.createTextItem("no answer yet");

    JsonNode item = server.take("conversation.item.create");
    JsonNode create = server.take("response.create");
    JsonNode append = server.take("input_audio_buffer.append");
    JsonNode commit = server.take("input_audio_buffer.commit");
    JsonNode clear = server.take("input_audio_buffer.clear");
    JsonNode cancel = server.take("response.cancel");
    JsonNode output = server.take("conversation.item.create");
    JsonNode itemOnly = server.take("conversation.item.create");

    Set<String> ids = new HashSet<>();
    for (JsonNode event : List.of(item, create, append, commit, clear, cancel, output, itemOnly)) {
      assertValid(RealtimeSchemas.GA_CLIENT_EVENT, event);
      assertThat(ids.add(event.get("event_id").asText())).as("unique id " + event).isTrue();
    }
    assertThat(item.get("event_id").asText()).isEqualTo(textId);
    assertThat(item.get("item").toString())
        .isEqualTo(
            "{\"type\":\"message\",\"role\":\"user\",\"content\":"
                + "[{\"type\":\"input_text\",\"text\":\"Where is my order A-1017?\"}]}");
    assertThat(append.get("event_id").asText()).isEqualTo(audioId);
    assertThat(Base64.getDecoder().decode(append.get("audio").asText())).isEqualTo(pcm);
    assertThat(commit.get("event_id").asText()).isEqualTo(commitId);
    assertThat(clear.get("event_id").asText()).isEqualTo(clearId);
    assertThat(cancel.get("event_id").asText()).isEqualTo(cancelId);
    assertThat(output.get("event_id").asText()).isEqualTo(outputId);
    assertThat(output.get("item").toString())
        .isEqualTo("{\"type\":\"function_call_output\",\"call_id\":\"call_9\",\"output\":\"{\\\"ok\\\":true}\"}");
    assertThat(itemOnly.get("event_id").asText()).isEqualTo(itemOnlyId);
    assertThat(server.received.poll(200, TimeUnit.MILLISECONDS))
        .as("createTextItem sends no response.create")
        .isNull();
  }

  @Test
  void sendsFromManyThreadsArriveWholeWithUniqueIds() throws Exception {
    connect(TestConfigs.fullGa());
    server.take("session.update");
    int threads = 4;
    int perThread = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    connection.createTextItem("t" + thread + "-" + i);
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdown();
    }
    Set<String> ids = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (int i = 0; i < threads * perThread; i++) {
      JsonNode event = server.take("conversation.item.create");
      ids.add(event.get("event_id").asText());
      texts.add(event.at("/item/content/0/text").asText());
    }
    assertThat(ids).hasSize(threads * perThread);
    assertThat(texts).hasSize(threads * perThread).contains("t0-0", "t3-49");
  }

  // ------------------------------------------------------------ server events

  @Test
  void serverEventsReachTheListenerTypedUnderGaAndBetaNames() throws Exception {
    connect(TestConfigs.fullGa());
    server.send(example("ga", "response.output_text.delta"));
    server.send(example("beta", "response.text.delta"));
    server.send(example("ga", "response.output_audio.delta"));
    String future = "{\"type\":\"response.hologram.delta\",\"event_id\":\"event_9\",\"x\":[1]}";
    server.send(future);

    TextDelta ga = connection.awaitEvent(TextDelta.class, WAIT);
    TextDelta beta = connection.awaitEvent(TextDelta.class, WAIT);
    assertThat(ga.type()).isEqualTo("response.output_text.delta");
    assertThat(beta.type()).isEqualTo("response.text.delta");
    assertThat(beta.delta()).isEqualTo("Sure, I can h");
    AudioDelta audio = connection.awaitEvent(AudioDelta.class, WAIT);
    assertThat(audio.audio())
        .isEqualTo(Base64.getDecoder().decode("Base64EncodedAudioDelta"));
    UnknownEvent unknown = connection.awaitEvent(UnknownEvent.class, WAIT);
    assertThat(unknown.type()).isEqualTo("response.hologram.delta");
    assertThat(unknown.rawJson()).isEqualTo(future);

    assertThat(listener.textDeltas).containsExactly("Sure, I can h", "Sure, I can h");
    assertThat(listener.events).contains(ga, beta, audio, unknown);
    // Awaiting removed them; earlier events of other types are still there.
    assertThat(connection.awaitEvent(SessionCreated.class, WAIT).sessionId())
        .isEqualTo("sess_C9G5QPteg4UIbotdKLoYQ");
    assertThatThrownBy(() -> connection.awaitEvent(TextDelta.class, Duration.ofMillis(50)))
        .isInstanceOf(RealtimeConnectionException.class)
        .hasMessage("no TextDelta event within PT0.05S");
  }

  @Test
  void aThrowingListenerDoesNotCloseTheConnection() throws Exception {
    RealtimeListener throwing =
        new RealtimeListener() {
          @Override
          public void onEvent(ServerEvent event) {
            throw new IllegalStateException("listener bug");
          }
        };
    connection = clientBuilder().build().connect(SessionConfig.builder().build(), throwing);
    server.send(example("ga", "response.output_text.delta"));
    assertThat(connection.awaitEvent(TextDelta.class, WAIT).delta()).isEqualTo("Sure, I can h");
    assertThat(connection.isOpen()).isTrue();
  }

  @Test
  void aListenerThrowingAnAssertionErrorDoesNotStopTheConnection() throws Exception {
    // A test's listener that asserts fails with an Error, not an exception; it must not kill the
    // reader thread, or connect and every await would wait for events that are never read.
    RealtimeListener asserting =
        new RealtimeListener() {
          @Override
          public void onEvent(ServerEvent event) {
            throw new AssertionError("listener assertion");
          }
        };
    connection = clientBuilder().build().connect(SessionConfig.builder().build(), asserting);
    server.send(example("ga", "response.output_text.delta"));
    assertThat(connection.awaitEvent(TextDelta.class, WAIT).delta()).isEqualTo("Sure, I can h");
    assertThat(connection.isOpen()).isTrue();
  }

  // ------------------------------------------------------------ tool dispatch

  @Test
  void functionCallsOfACompletedResponseAreAnsweredThenOneResponseIsRequested() throws Exception {
    connectWithTools(TestConfigs.fullGa());
    server.take("session.update");

    // arguments.done alone dispatches nothing: response.done is the one source of calls.
    server.send(example("ga", "response.function_call_arguments.done"));
    server.send(
        responseDone(
            "completed",
            "lookupOrder", "call_1", "{\"orderId\":\"A-1017\"}",
            "escalate", "call_2", "{\"orderId\":\"A-1017\",\"priority\":\"HIGH\"}"));

    JsonNode first = server.take("conversation.item.create");
    JsonNode second = server.take("conversation.item.create");
    JsonNode create = server.take("response.create");
    for (JsonNode event : List.of(first, second, create)) {
      assertValid(RealtimeSchemas.GA_CLIENT_EVENT, event);
    }
    assertThat(first.at("/item/type").asText()).isEqualTo("function_call_output");
    assertThat(first.at("/item/call_id").asText()).isEqualTo("call_1");
    assertThat(first.at("/item/output").asText())
        .isEqualTo("{\"orderId\":\"A-1017\",\"status\":\"shipped\",\"items\":[\"kettle\",\"mug\"]}");
    assertThat(second.at("/item/call_id").asText()).isEqualTo("call_2");
    assertThat(second.at("/item/output").asText()).isEqualTo("{\"ok\":true}");
    assertThat(server.received.poll(300, TimeUnit.MILLISECONDS)).as("nothing more").isNull();

    assertThat(listener.toolCalls).extracting(ToolCall::callId).containsExactly("call_1", "call_2");
    assertThat(listener.toolErrors).isEmpty();
    assertThat(toolThreads).hasSize(2).allMatch(name -> name.startsWith("realtime-tools-"));
    ResponseDone done = connection.awaitEvent(ResponseDone.class, WAIT);
    assertThat(done.toolCalls()).extracting(ToolCall::name).containsExactly("lookupOrder", "escalate");
  }

  @Test
  void badArgumentsUnknownToolsAndThrowingToolsAnswerWithErrorsAndTheConnectionStaysUp()
      throws Exception {
    connectWithTools(TestConfigs.fullGa());
    server.take("session.update");

    server.send(
        responseDone(
            "completed",
            "lookupOrder", "call_bad", "{\"orderId\": ",
            "refund", "call_unknown", "{}",
            "escalate", "call_throws", "{\"orderId\":\"B-1\",\"priority\":\"LOW\"}",
            "escalate", "call_enum", "{\"orderId\":\"A-1\",\"priority\":\"URGENT\"}"));

    JsonNode bad = server.take("conversation.item.create");
    JsonNode unknown = server.take("conversation.item.create");
    JsonNode throwing = server.take("conversation.item.create");
    JsonNode badEnum = server.take("conversation.item.create");
    server.take("response.create");

    assertThat(JSON.readTree(bad.at("/item/output").asText()).get("error").asText())
        .startsWith("arguments of lookupOrder are not valid JSON");
    assertThat(unknown.at("/item/output").asText())
        .isEqualTo("{\"error\":\"unknown tool refund; the tools are [escalate, lookupOrder]\"}");
    assertThat(throwing.at("/item/output").asText())
        .isEqualTo("{\"error\":\"tool escalate failed with IllegalStateException\"}")
        .doesNotContain(API_KEY);
    assertThat(JSON.readTree(badEnum.at("/item/output").asText()).get("error").asText())
        .startsWith("argument priority of escalate is not a valid");

    assertThat(listener.nextToolError()).isInstanceOf(ToolCallException.class);
    assertThat(listener.nextToolError()).isInstanceOf(ToolCallException.class);
    assertThat(listener.nextToolError())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("database down");
    assertThat(listener.nextToolError()).isInstanceOf(ToolCallException.class);

    assertThat(connection.isOpen()).isTrue();
    connection.sendText("still there?");
    server.take("conversation.item.create");
  }

  @Test
  void aToolFailingWithAnErrorIsAnsweredAndTheConnectionStaysUp() throws Exception {
    connectWithTools(TestConfigs.fullGa());
    server.take("session.update");

    server.send(
        responseDone(
            "completed", "escalate", "call_error", "{\"orderId\":\"E-1\",\"priority\":\"LOW\"}"));

    JsonNode output = server.take("conversation.item.create");
    server.take("response.create");
    assertThat(output.at("/item/output").asText())
        .isEqualTo("{\"error\":\"tool escalate failed with NoClassDefFoundError\"}");
    assertThat(listener.nextToolError()).isInstanceOf(NoClassDefFoundError.class);
    assertThat(connection.isOpen()).isTrue();
  }

  @Test
  void anIncompleteResponseRunsNoTools() throws Exception {
    connectWithTools(TestConfigs.fullGa());
    server.take("session.update");

    server.send(responseDone("cancelled", "lookupOrder", "call_1", "{\"orderId\":\"A-1\"}"));
    assertThat(connection.awaitEvent(ResponseDone.class, WAIT).isCompleted()).isFalse();
    assertThat(server.received.poll(300, TimeUnit.MILLISECONDS)).isNull();
    assertThat(listener.toolCalls).isEmpty();
    assertThat(toolThreads).isEmpty();
  }

  @Test
  void withoutADispatcherCallsReachTheListenerOnly() throws Exception {
    connect(TestConfigs.fullGa());
    server.take("session.update");

    server.send(responseDone("completed", "lookupOrder", "call_1", "{\"orderId\":\"A-1\"}"));
    connection.awaitEvent(ResponseDone.class, WAIT);
    assertThat(listener.toolCalls).singleElement().satisfies(c -> {
      assertThat(c.name()).isEqualTo("lookupOrder");
      assertThat(c.argumentsJson()).isEqualTo("{\"orderId\":\"A-1\"}");
    });
    assertThat(server.received.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  // ------------------------------------------------------------ closing and failures

  @Test
  void closeIsANormalClosureAndIdempotent() throws Exception {
    connect(TestConfigs.fullGa());

    connection.close();
    connection.close();

    assertThat(server.clientClose.get(5, TimeUnit.SECONDS)[0]).isEqualTo(1000);
    assertThat(server.clientCloseReason.get(5, TimeUnit.SECONDS)).isEqualTo("client closed");
    assertThat(listener.awaitClosed()).as("the server's answer").startsWith("1000");
    assertThat(listener.terminalCalls).containsExactly("onClosed");
    assertThat(connection.isOpen()).isFalse();
    assertThatThrownBy(() -> connection.sendText("hello?"))
        .isInstanceOf(RealtimeConnectionException.class)
        .hasMessageStartingWith("cannot send: the connection is");
  }

  @Test
  void closeCode4000SaysTheBetaWebSocketIsGone() throws Exception {
    connect(TestConfigs.fullBeta());

    server.serverSocket().close(4000, "beta is shut down");

    RealtimeException failure = listener.awaitFailure();
    assertThat(failure)
        .isInstanceOf(RealtimeConnectionException.class)
        .hasMessage(
            "the beta Realtime WebSocket was shut down (close code 4000: beta is shut down);"
                + " use api = Api.GA");
    assertThat(listener.terminalCalls).containsExactly("onFailure");
    assertThatThrownBy(() -> connection.awaitEvent(TextDelta.class, WAIT))
        .isInstanceOf(RealtimeConnectionException.class)
        .hasMessage("the connection ended before a TextDelta event arrived")
        .hasCause(failure);
    assertThat(connection.isOpen()).isFalse();
  }

  @Test
  void closeCode4000WhileConnectingFailsConnect() {
    server.behaviour =
        event -> {
          try {
            server.serverSocket().close(4000, "");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return List.of();
        };

    assertThatThrownBy(() -> connect(TestConfigs.fullBeta()))
        .isInstanceOf(RealtimeConnectionException.class)
        .hasMessage("the beta Realtime WebSocket was shut down (close code 4000); use api = Api.GA");
  }

  @Test
  void anAbruptDisconnectIsAFailure() throws Exception {
    connect(TestConfigs.fullGa());

    server.close(); // drops every connection without a close frame

    RealtimeException failure = listener.awaitFailure();
    assertThat(failure)
        .isInstanceOf(RealtimeConnectionException.class)
        .hasMessageStartingWith("the connection to ws://")
        .hasMessageNotContaining(API_KEY);
    assertThat(listener.terminalCalls).containsExactly("onFailure");
    assertThat(connection.isOpen()).isFalse();
    assertThatThrownBy(() -> connection.createResponse())
        .isInstanceOf(RealtimeConnectionException.class);
  }

  @Test
  void theClientsCallAndReadTimeoutsDoNotCutAnIdleSocket() throws Exception {
    OkHttpClient impatient =
        new OkHttpClient.Builder()
            .callTimeout(Duration.ofMillis(400))
            .readTimeout(Duration.ofMillis(400))
            .build();
    connection =
        clientBuilder().okHttpClient(impatient).build().connect(TestConfigs.fullGa(), listener);
    server.take("session.update");

    Thread.sleep(900);

    assertThat(connection.isOpen()).isTrue();
    server.send(example("ga", "response.output_text.done"));
    assertThat(connection.awaitEvent(TextDone.class, WAIT).text())
        .isEqualTo("Sure, I can help with that.");
    assertThat(listener.failure).isNotDone();
  }

  @Test
  void connectRejectsMissingParts() {
    assertThatThrownBy(() -> RealtimeConnection.builder().listener(listener).connect())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("config == null");
    assertThatThrownBy(
            () ->
                RealtimeConnection.builder()
                    .config(SessionConfig.builder().build())
                    .listener(listener)
                    .connect())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no API key or client secret to authenticate with");
  }
}
