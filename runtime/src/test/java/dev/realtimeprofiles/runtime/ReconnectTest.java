package dev.realtimeprofiles.runtime;

import static dev.realtimeprofiles.runtime.ClientFixture.API_KEY;
import static dev.realtimeprofiles.runtime.SessionServer.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.runtime.RealtimeConnectionException.Kind;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reconnect with restore (DESIGN §11): after a drop the connection opens a new WebSocket,
 * re-applies the profile's session.update, re-creates the conversation in order, then delivers what
 * was sent meanwhile, exactly once; also at the worst moments, and never after close().
 */
class ReconnectTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final ReconnectPolicy FAST =
      ReconnectPolicy.standard().backoff(Duration.ofMillis(20), Duration.ofMillis(100));

  private final RecordingListener listener = new RecordingListener();
  private final SessionServer server;
  private RealtimeConnection connection;

  ReconnectTest() throws Exception {
    server = new SessionServer();
  }

  @AfterEach
  void stop() {
    if (connection != null) {
      connection.close();
    }
    server.close();
  }

  private RealtimeClient client(ReconnectPolicy policy) {
    return RealtimeClient.builder().apiKey(API_KEY).baseUrl(server.baseUrl()).reconnect(policy).build();
  }

  private RealtimeConnection connect(ReconnectPolicy policy) {
    connection = client(policy).connect(TestConfigs.fullGa(), listener);
    return connection;
  }

  private static void assertValid(String schema, JsonNode json) {
    assertThat(RealtimeSchemas.bundled().validate(schema, json)).as(schema + ": " + json).isEmpty();
  }

  /** A response.done whose output is {@code items}. */
  static String responseDone(String id, ObjectNode... items) {
    ObjectNode event = JSON.createObjectNode();
    event.put("type", "response.done");
    event.put("event_id", "event_done_" + id);
    ObjectNode response = event.putObject("response");
    response.put("object", "realtime.response");
    response.put("id", id);
    response.put("status", "completed");
    response.put("conversation_id", "conv_1");
    ArrayNode output = response.putArray("output");
    for (ObjectNode item : items) {
      output.add(item);
    }
    return event.toString();
  }

  static ObjectNode assistant(String id, String partType, String field, String text) {
    ObjectNode item = JSON.createObjectNode();
    item.put("id", id).put("object", "realtime.item").put("type", "message")
        .put("status", "completed").put("role", "assistant");
    item.putArray("content").addObject().put("type", partType).put(field, text);
    return item;
  }

  static ObjectNode functionCall(String id, String callId, String name, String arguments) {
    ObjectNode item = JSON.createObjectNode();
    item.put("id", id).put("object", "realtime.item").put("type", "function_call")
        .put("status", "completed").put("call_id", callId).put("name", name)
        .put("arguments", arguments);
    return item;
  }

  /** Answers every response.create with a completed assistant message "answer N". */
  private final AtomicInteger responses = new AtomicInteger();

  private List<String> answering(SessionServer.Session session, JsonNode event) {
    if (event.path("type").asText().equals("response.create")) {
      int n = responses.incrementAndGet();
      return List.of(
          "{\"type\":\"response.created\",\"event_id\":\"e\",\"response\":{\"id\":\"resp_" + n
              + "\",\"status\":\"in_progress\"}}",
          responseDone("resp_" + n, assistant("item_answer_" + n, "output_text", "text", "answer " + n)));
    }
    return SessionServer.acknowledge(session, event);
  }

  private static List<String> texts(List<JsonNode> creates) {
    List<String> texts = new ArrayList<>();
    for (JsonNode create : creates) {
      JsonNode item = create.get("item");
      String text = item.path("content").path(0).path("text").asText(null);
      texts.add(item.path("type").asText() + ":" + item.path("role").asText("-") + ":"
          + (text != null ? text : item.path("call_id").asText()));
    }
    return texts;
  }

  private static List<JsonNode> take(SessionServer.Session session, String type, int n)
      throws InterruptedException {
    List<JsonNode> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      events.add(session.take(type));
    }
    return events;
  }

  // ------------------------------------------------------------ the restore

  @Test
  void aDropIsFollowedByTheSameSessionUpdateAndTheWholeConversationInOrder() throws Exception {
    server.accept(2);
    server.behaviour = this::answering;
    connect(FAST);
    SessionServer.Session first = server.session(1);
    JsonNode firstUpdate = first.take("session.update");

    String userEvent = connection.createTextItem("Where is my order A-1017?");
    JsonNode userItem = first.take("conversation.item.create").get("item");
    assertThat(userItem.get("id").asText()).as("client-chosen id, so a replay can name it").startsWith("item_rp");
    first.send(responseDone("resp_call", functionCall("item_fc", "call_1", "lookupOrder", "{\"orderId\":\"A-1017\"}")));
    connection.awaitEvent(ResponseDone.class, WAIT);
    connection.sendFunctionCallOutput("call_1", "{\"status\":\"shipped\"}");
    first.take("conversation.item.create");
    connection.createResponse();
    first.take("response.create");
    connection.awaitEvent(ResponseDone.class, WAIT);
    assertThat(userEvent).isEqualTo("evt_2");

    first.drop();

    RealtimeException cause = listener.nextReconnecting();
    assertThat(cause).isInstanceOfSatisfying(
        RealtimeConnectionException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NETWORK));
    SessionServer.Session second = server.session(2);
    JsonNode update = second.take("session.update");
    assertThat(update.get("session")).isEqualTo(firstUpdate.get("session"));
    List<JsonNode> replayed = take(second, "conversation.item.create", 4);
    for (JsonNode create : replayed) {
      assertValid(RealtimeSchemas.GA_CLIENT_EVENT, create);
      assertValid("RealtimeClientEventConversationItemCreate", create);
    }
    assertThat(texts(replayed))
        .containsExactly(
            "message:user:Where is my order A-1017?",
            "function_call:-:call_1",
            "function_call_output:-:call_1",
            "message:assistant:answer 1");
    assertThat(replayed.get(0).get("item").get("id")).isEqualTo(userItem.get("id"));
    assertThat(replayed.get(1).get("item").toString())
        .isEqualTo("{\"id\":\"item_fc\",\"type\":\"function_call\",\"call_id\":\"call_1\","
            + "\"name\":\"lookupOrder\",\"arguments\":\"{\\\"orderId\\\":\\\"A-1017\\\"}\"}");
    assertThat(replayed.get(3).at("/item/content/0/type").asText()).isEqualTo("output_text");

    ReconnectReport report = listener.nextReconnected();
    assertThat(report.attempt()).isEqualTo(1);
    assertThat(report.replayedItems()).isEqualTo(4);
    assertThat(report.skippedItems()).isZero();
    assertThat(report.deliveredSends()).isZero();
    assertThat(report.sessionId()).isEqualTo("sess_2");
    assertThat(report.renewal()).isFalse();
    second.assertQuiet(200); // no response was cut off: none is requested again

    connection.sendText("thanks");
    assertThat(second.take("conversation.item.create").at("/item/content/0/text").asText()).isEqualTo("thanks");
    assertThat(listener.terminalCalls).isEmpty();
    assertThat(connection.isOpen()).isTrue();
  }

  @Test
  void sendsMadeDuringTheOutageAreDeliveredOnceAfterTheRestore() throws Exception {
    server.accept(2);
    server.behaviour = this::answering;
    connect(ReconnectPolicy.standard().backoff(Duration.ofMillis(400), Duration.ofMillis(400)));
    SessionServer.Session first = server.session(1);
    first.take("session.update");
    connection.sendText("hello");
    connection.awaitEvent(ResponseDone.class, WAIT);

    first.drop();
    listener.nextReconnecting();
    assertThat(connection.isOpen()).as("open while reconnecting: sends are queued").isTrue();
    connection.sendText("are you there?");
    connection.appendInputAudio(new byte[] {1, 2});

    SessionServer.Session second = server.session(2);
    second.take("session.update");
    assertThat(texts(take(second, "conversation.item.create", 2)))
        .containsExactly("message:user:hello", "message:assistant:answer 1");
    assertThat(second.take("conversation.item.create").at("/item/content/0/text").asText())
        .isEqualTo("are you there?");
    second.take("response.create");
    second.take("input_audio_buffer.append");
    ReconnectReport report = listener.nextReconnected();
    assertThat(report.deliveredSends()).isEqualTo(3);
    second.assertQuiet(300);
    assertThat(second.types())
        .containsExactly("session.update", "conversation.item.create", "conversation.item.create",
            "conversation.item.create", "response.create", "input_audio_buffer.append");
    assertThat(first.types()).doesNotContain("input_audio_buffer.append");
  }

  @Test
  void aGoingAwayCloseAsAtTheSessionCapIsReconnected() throws Exception {
    server.accept(2);
    connect(FAST);
    server.session(1).take("session.update");

    server.session(1).close(1001, "Your session hit the maximum duration of 60 minutes.");

    RealtimeConnectionException cause = (RealtimeConnectionException) listener.nextReconnecting();
    assertThat(cause.closeCode()).isEqualTo(1001);
    server.session(2).take("session.update");
    assertThat(listener.nextReconnected().sessionId()).isEqualTo("sess_2");
    assertThat(listener.terminalCalls).isEmpty();
  }

  @Test
  void closeByTheUserNeverReconnects() throws Exception {
    server.accept(2);
    connect(FAST);
    server.session(1).take("session.update");

    connection.close();

    assertThat(listener.awaitClosed()).startsWith("1000");
    Thread.sleep(300);
    assertThat(server.sessions).hasSize(1);
    assertThat(listener.reconnectAttempts).isEmpty();
  }

  @Test
  void closeDuringAnOutageEndsAtOnceWithoutReconnecting() throws Exception {
    server.accept(2);
    connect(ReconnectPolicy.standard().backoff(Duration.ofSeconds(2), Duration.ofSeconds(2)));
    server.session(1).take("session.update");
    server.session(1).drop();
    listener.nextReconnecting();

    long start = System.nanoTime();
    connection.close();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    assertThat(listener.awaitClosed()).isEqualTo("1000 client closed");
    Thread.sleep(2300);
    assertThat(server.sessions).hasSize(1);
  }

  @Test
  void aCloseCodeThatNoReconnectCuresEndsTheConnection() throws Exception {
    server.accept(2);
    connect(FAST);
    server.session(1).take("session.update");

    server.session(1).close(1008, "policy violation");

    RealtimeConnectionException failure = (RealtimeConnectionException) listener.awaitFailure();
    assertThat(failure.closeCode()).isEqualTo(1008);
    assertThat(listener.reconnectAttempts).isEmpty();
  }

  // ------------------------------------------------------------ the worst moments

  @Test
  void aDropMidFunctionCallAnswersTheCallExactlyOnceOnTheNewSession() throws Exception {
    server.accept(2);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    SupportTools tools =
        new SupportTools() {
          @Override
          public OrderStatus lookupOrder(String orderId) {
            runs.incrementAndGet();
            started.countDown();
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return new OrderStatus(orderId, "shipped", List.of("kettle"));
          }

          @Override
          public void escalate(String orderId, Priority priority) {}
        };
    server.behaviour =
        (session, event) -> {
          if (event.path("type").asText().equals("response.create") && session.number == 1) {
            return List.of(responseDone("resp_1",
                functionCall("item_fc", "call_1", "lookupOrder", "{\"orderId\":\"A-1017\"}")));
          }
          return answering(session, event);
        };
    connection =
        client(ReconnectPolicy.standard().backoff(Duration.ofMillis(300), Duration.ofMillis(300)))
            .connect(TestConfigs.fullGa(), new SupportToolsToolDispatcher(tools), listener);
    SessionServer.Session first = server.session(1);
    first.take("session.update");
    connection.sendText("Where is my order A-1017?");
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

    first.drop();
    listener.nextReconnecting();
    release.countDown(); // the tool finishes during the outage: its answer is queued

    SessionServer.Session second = server.session(2);
    second.take("session.update");
    assertThat(texts(take(second, "conversation.item.create", 2)))
        .containsExactly("message:user:Where is my order A-1017?", "function_call:-:call_1");
    JsonNode output = second.take("conversation.item.create");
    assertThat(output.at("/item/call_id").asText()).isEqualTo("call_1");
    assertThat(output.at("/item/output").asText()).contains("shipped");
    second.take("response.create");
    listener.nextReconnected();
    second.assertQuiet(300);
    assertThat(runs).hasValue(1);
    assertThat(second.types().stream().filter(t -> t.equals("response.create")).count()).isEqualTo(1);
    assertThat(first.all.stream().filter(e -> e.path("item").path("type").asText().equals("function_call_output")))
        .isEmpty();
  }

  @Test
  void aDropMidResponseRequestsTheResponseAgainOnce() throws Exception {
    server.accept(2);
    server.behaviour =
        (session, event) -> {
          if (event.path("type").asText().equals("response.create") && session.number == 1) {
            return List.of(
                "{\"type\":\"response.created\",\"event_id\":\"e\",\"response\":{\"id\":\"resp_cut\",\"status\":\"in_progress\"}}",
                "{\"type\":\"response.output_text.delta\",\"event_id\":\"e2\",\"response_id\":\"resp_cut\","
                    + "\"item_id\":\"item_cut\",\"output_index\":0,\"content_index\":0,\"delta\":\"Your ord\"}");
          }
          return answering(session, event);
        };
    connect(FAST);
    SessionServer.Session first = server.session(1);
    first.take("session.update");
    connection.sendText("Where is my order?");
    first.take("conversation.item.create");
    first.take("response.create");
    while (listener.textDeltas.isEmpty()) {
      Thread.sleep(10);
    }

    first.drop();

    SessionServer.Session second = server.session(2);
    second.take("session.update");
    assertThat(texts(take(second, "conversation.item.create", 1)))
        .containsExactly("message:user:Where is my order?");
    second.take("response.create");
    listener.nextReconnected();
    assertThat(connection.awaitEvent(ResponseDone.class, WAIT).responseId()).isEqualTo("resp_1");
    second.assertQuiet(300);
  }

  @Test
  void aDropDuringTheRestoreIsAnotherAttemptWithTheSameConversation() throws Exception {
    server.accept(3);
    server.behaviour =
        (session, event) -> {
          if (session.number == 2 && event.path("type").asText().equals("conversation.item.create")) {
            try {
              session.drop(); // mid-replay
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            return List.of();
          }
          return answering(session, event);
        };
    connect(FAST);
    server.session(1).take("session.update");
    connection.sendText("one");
    connection.awaitEvent(ResponseDone.class, WAIT);
    connection.sendText("two");
    connection.awaitEvent(ResponseDone.class, WAIT);

    server.session(1).drop();

    SessionServer.Session third = server.session(3);
    third.take("session.update");
    assertThat(texts(take(third, "conversation.item.create", 4)))
        .containsExactly("message:user:one", "message:assistant:answer 1",
            "message:user:two", "message:assistant:answer 2");
    ReconnectReport report = listener.nextReconnected();
    assertThat(report.attempt()).isEqualTo(2);
    assertThat(report.sessionId()).isEqualTo("sess_3");
    assertThat(report.replayedItems()).isEqualTo(4);
    assertThat(listener.reconnectAttempts).containsExactly(1, 2);
    third.assertQuiet(200);
  }

  @Test
  void aSessionUpdateNeverAcknowledgedOnTheNewSessionCostsAnAttempt() throws Exception {
    server.accept(3);
    server.behaviour =
        (session, event) -> session.number == 2 ? List.of() : SessionServer.acknowledge(session, event);
    connection =
        RealtimeConnection.builder().clientSecret("ek_test").baseUrl(server.baseUrl())
            .config(TestConfigs.fullGa()).listener(listener)
            .reconnect(FAST).sessionTimeout(Duration.ofMillis(500)).connect();
    server.session(1).take("session.update");
    server.session(1).drop();

    listener.nextReconnecting();
    RealtimeConnectionException timeout = (RealtimeConnectionException) listener.nextReconnecting();
    assertThat(timeout.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(timeout).hasMessage("the new session did not open and take the session.update within PT0.5S");
    server.session(3).take("session.update");
    assertThat(listener.nextReconnected().attempt()).isEqualTo(2);
  }

  @Test
  void whenEveryAttemptFailsTheLastFailureEndsTheConnectionForListenerAndCaller() throws Exception {
    server.accept(1).refuse(503).refuse(503);
    connect(FAST.maxAttempts(2));
    server.session(1).take("session.update");
    CompletableFuture<Throwable> caller =
        CompletableFuture.supplyAsync(() -> {
          try {
            connection.awaitEvent(ResponseDone.class, Duration.ofSeconds(10));
            return null;
          } catch (RuntimeException e) {
            return e;
          }
        });

    server.session(1).drop();

    RealtimeException failure = listener.awaitFailure();
    assertThat(failure).isInstanceOf(ServerException.class);
    assertThat(failure.statusCode()).isEqualTo(503);
    assertThat(listener.reconnectAttempts).containsExactly(1, 2);
    assertThat(caller.get(5, TimeUnit.SECONDS)).hasCause(failure);
    assertThat(connection.isOpen()).isFalse();
  }

  // ------------------------------------------------------------ what is replayed

  @Test
  void theReplayKeepsTheLatestItemsAndNeverAnOutputWithoutItsCall() throws Exception {
    server.accept(2);
    server.behaviour = this::answering;
    connect(FAST.maxReplayItems(2));
    SessionServer.Session first = server.session(1);
    first.take("session.update");
    connection.createTextItem("look it up");
    first.send(responseDone("resp_call", functionCall("item_fc", "call_1", "lookupOrder", "{}")));
    connection.awaitEvent(ResponseDone.class, WAIT);
    connection.sendFunctionCallOutput("call_1", "{}");
    connection.createResponse();
    connection.awaitEvent(ResponseDone.class, WAIT);

    first.drop();

    SessionServer.Session second = server.session(2);
    second.take("session.update");
    assertThat(texts(take(second, "conversation.item.create", 1)))
        .containsExactly("message:assistant:answer 1");
    ReconnectReport report = listener.nextReconnected();
    assertThat(report.replayedItems()).isEqualTo(1);
    assertThat(report.skippedItems()).isEqualTo(3);
  }

  @Test
  void userAudioIsReplayedAsItsTranscriptAndAudioWithoutOneIsSkipped() throws Exception {
    server.accept(2);
    connect(FAST);
    SessionServer.Session first = server.session(1);
    first.take("session.update");
    first.send("{\"type\":\"conversation.item.added\",\"event_id\":\"e1\",\"previous_item_id\":null,"
        + "\"item\":{\"id\":\"item_heard\",\"type\":\"message\",\"role\":\"user\",\"status\":\"completed\","
        + "\"content\":[{\"type\":\"input_audio\",\"transcript\":null}]}}");
    first.send("{\"type\":\"conversation.item.input_audio_transcription.completed\",\"event_id\":\"e2\","
        + "\"item_id\":\"item_heard\",\"content_index\":0,\"transcript\":\"Hi, I'm Ann.\"}");
    first.send("{\"type\":\"conversation.item.added\",\"event_id\":\"e3\",\"previous_item_id\":\"item_heard\","
        + "\"item\":{\"id\":\"item_mumble\",\"type\":\"message\",\"role\":\"user\",\"status\":\"completed\","
        + "\"content\":[{\"type\":\"input_audio\",\"transcript\":null}]}}");
    first.send(responseDone("resp_1", assistant("item_said", "output_audio", "transcript", "Hello Ann!")));
    connection.awaitEvent(ResponseDone.class, WAIT);
    connection.truncateItem("item_said", 0, 500); // the user heard only part: its text is gone too
    first.take("conversation.item.truncate");

    first.drop();

    SessionServer.Session second = server.session(2);
    second.take("session.update");
    JsonNode heard = second.take("conversation.item.create");
    assertThat(heard.get("item").toString())
        .isEqualTo("{\"id\":\"item_heard\",\"type\":\"message\",\"role\":\"user\",\"content\":"
            + "[{\"type\":\"input_text\",\"text\":\"Hi, I'm Ann.\"}]}");
    ReconnectReport report = listener.nextReconnected();
    assertThat(report.replayedItems()).isEqualTo(1);
    assertThat(report.skippedItems()).isEqualTo(2);
  }

  @Test
  void withoutReplayOnlyTheSessionIsRestored() throws Exception {
    server.accept(2);
    server.behaviour = this::answering;
    connect(FAST.replayConversation(false));
    server.session(1).take("session.update");
    connection.sendText("hello");
    connection.awaitEvent(ResponseDone.class, WAIT);
    assertThat(server.session(1).take("conversation.item.create").get("item").has("id"))
        .as("no conversation kept, no client ids").isFalse();
    server.session(1).drop();

    server.session(2).take("session.update");
    assertThat(listener.nextReconnected().replayedItems()).isZero();
    server.session(2).assertQuiet(200);
  }

  // ------------------------------------------------------------ renewal

  @Test
  void renewAfterHandsTheConversationOverAtTheNextTurnBoundary() throws Exception {
    server.accept(3);
    CountDownLatch finishResponse = new CountDownLatch(1);
    server.behaviour =
        (session, event) -> {
          if (event.path("type").asText().equals("response.create") && session.number == 1) {
            return List.of("{\"type\":\"response.created\",\"event_id\":\"e\",\"response\":"
                + "{\"id\":\"resp_long\",\"status\":\"in_progress\"}}");
          }
          return answering(session, event);
        };
    connect(FAST.renewAfter(Duration.ofMillis(300)));
    SessionServer.Session first = server.session(1);
    first.take("session.update");
    connection.sendText("tell me a long story");
    first.take("conversation.item.create");
    first.take("response.create");

    Thread.sleep(600); // past renewAfter, but a response is in progress: no handover yet
    assertThat(server.sessions).hasSize(1);
    first.send(responseDone("resp_long", assistant("item_story", "output_text", "text", "Once upon a time.")));
    finishResponse.countDown();

    SessionServer.Session second = server.session(2);
    second.take("session.update");
    assertThat(texts(take(second, "conversation.item.create", 2)))
        .containsExactly("message:user:tell me a long story", "message:assistant:Once upon a time.");
    ReconnectReport report = listener.nextReconnected();
    assertThat(report.renewal()).isTrue();
    assertThat(report.sessionId()).isEqualTo("sess_2");
    assertThat(first.clientClose.get(5, TimeUnit.SECONDS)).isEqualTo(1000);
    assertThat(first.clientCloseReason.get(5, TimeUnit.SECONDS)).isEqualTo("session renewed");
    assertThat(listener.reconnectAttempts).as("a handover is not a reconnect").isEmpty();

    connection.sendText("and then?");
    assertThat(second.take("conversation.item.create").at("/item/content/0/text").asText())
        .isEqualTo("and then?");
    assertThat(listener.terminalCalls).isEmpty();
  }
}
