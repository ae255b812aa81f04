package dev.realtimeprofiles.runtime;

import static dev.realtimeprofiles.runtime.ClientFixture.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.realtimeprofiles.runtime.internal.ws.WsThreads;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No cap on the connections of one client at the README's defaults, and WebSockets never taking
 * the REST calls' dispatcher slots. (How far it scales is measured in benchmarks/, not here.)
 */
class ConcurrencyTest {

  @Test
  void oneClientHoldsMoreThanOkHttpsDefault64ConnectionsAndStillMakesRestCalls() throws Exception {
    int n = 80; // OkHttp's default dispatcher: 64 calls at most, a WebSocket holding one for life
    List<RealtimeConnection> open = new CopyOnWriteArrayList<>();
    try (SessionServer server = new SessionServer().accept(n)) {
      RealtimeClient client = RealtimeClient.builder().apiKey(API_KEY).baseUrl(server.baseUrl()).build();
      ExecutorService openers = Executors.newFixedThreadPool(8);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          futures.add(
              openers.submit(
                  () -> open.add(client.connect(SessionConfig.builder().build(), new RecordingListener()))));
        }
        for (Future<?> f : futures) {
          f.get(30, TimeUnit.SECONDS);
        }
      } finally {
        openers.shutdown();
      }
      assertThat(open).hasSize(n).allMatch(RealtimeConnection::isOpen);
      assertThat(server.sessions).hasSize(n);

      // With every socket open, a REST call of the same client is not starved of a slot.
      server.server.enqueue(ClientFixture.gaOk());
      assertThat(client.createClientSecret(TestConfigs.fullGa()).clientSecret().value()).startsWith("ek_");
    } finally {
      open.forEach(RealtimeConnection::close);
    }
  }

  @Test
  void readersAndToolsRunOnVirtualThreadsOnJdk21AndLater() throws Exception {
    boolean jdk21 = Runtime.version().feature() >= 21;
    assertThat(WsThreads.virtual()).isEqualTo(jdk21);
    List<Boolean> readers = new CopyOnWriteArrayList<>();
    try (SessionServer server = new SessionServer().accept(1)) {
      RealtimeListener listener =
          new RealtimeListener() {
            @Override
            public void onEvent(dev.realtimeprofiles.runtime.event.ServerEvent event) {
              readers.add(isVirtual(Thread.currentThread()));
            }
          };
      try (RealtimeConnection c =
          RealtimeClient.builder().apiKey(API_KEY).baseUrl(server.baseUrl()).build()
              .connect(SessionConfig.builder().build(), listener)) {
        assertThat(c.isOpen()).isTrue();
      }
    }
    assertThat(readers).isNotEmpty().allMatch(v -> v == jdk21);
    List<Boolean> tools = new CopyOnWriteArrayList<>();
    WsThreads.tools().execute(() -> tools.add(isVirtual(Thread.currentThread())));
    for (int i = 0; i < 50 && tools.isEmpty(); i++) {
      Thread.sleep(20);
    }
    assertThat(tools).containsExactly(jdk21);
  }

  private static boolean isVirtual(Thread thread) {
    try {
      Method isVirtual = Thread.class.getMethod("isVirtual");
      return (Boolean) isVirtual.invoke(thread);
    } catch (ReflectiveOperationException e) {
      return false; // JDK 17: no virtual threads
    }
  }
}
