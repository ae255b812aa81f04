package dev.realtimeprofiles.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.realtimeprofiles.emulator.RealtimeEmulator;
import dev.realtimeprofiles.emulator.RecordedEvent;
import dev.realtimeprofiles.runtime.RealtimeClient;
import dev.realtimeprofiles.runtime.RealtimeConnection;
import dev.realtimeprofiles.runtime.RealtimeListener;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code connect(tools, listener)} of the README's SupportAgent against the local
 * Realtime emulator: the session is accepted, and the model's function call runs on the tools
 * object through the generated dispatcher, its result going back as function_call_output.
 */
class ConnectTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void functionCallRunsOnTheToolsObjectThroughTheGeneratedDispatcher() throws Exception {
    Compilation compilation = GoodProfiles.compile();
    assertThat(compilation).succeeded();
    CompiledClasses classes = new CompiledClasses(compilation);
    Class<?> profile = classes.load("acme.SupportAgent");
    Class<?> orderStatus = classes.load("acme.OrderStatus");
    List<String> looked = new CopyOnWriteArrayList<>();
    Object tools = Proxy.newProxyInstance(classes, new Class<?>[] {profile}, (p, m, args) -> {
      looked.add((String) args[0]);
      return orderStatus.getConstructors()[0].newInstance(args[0], "shipped");
    });

    try (RealtimeEmulator emulator = RealtimeEmulator.builder().build().start()) {
      emulator.script()
          .callTool("Where is my order A-1017?", "lookupOrder", "{\"orderId\":\"A-1017\"}");
      RealtimeClient client = RealtimeClient.builder()
          .apiKey(emulator.apiKey()).baseUrl(emulator.baseUrl()).build();
      Object stub = classes.load("acme.RealtimeSupportAgent")
          .getConstructor(RealtimeClient.class).newInstance(client);
      RealtimeListener listener = new RealtimeListener() {};
      try (RealtimeConnection connection = (RealtimeConnection) stub.getClass()
          .getMethod("connect", profile, RealtimeListener.class)
          .invoke(stub, tools, listener)) {
        connection.sendText("Where is my order A-1017?");
        JsonNode output = awaitFunctionCallOutput(emulator, Duration.ofSeconds(10));
        assertThat(output.at("/item/output").asText())
            .isEqualTo("{\"orderId\":\"A-1017\",\"status\":\"shipped\"}");
      }
    }
    assertThat(looked).containsExactly("A-1017");
  }

  private static JsonNode awaitFunctionCallOutput(RealtimeEmulator emulator, Duration timeout)
      throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (RecordedEvent e : emulator.receivedEvents()) {
        if (e.type().equals("conversation.item.create")) {
          JsonNode event = JSON.readTree(e.json());
          if (event.at("/item/type").asText().equals("function_call_output")) {
            return event;
          }
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no function_call_output; received "
        + emulator.receivedEvents().stream().map(RecordedEvent::type).toList());
  }
}
