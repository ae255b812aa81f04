package dev.realtimeprofiles.benchmarks.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.realtimeprofiles.benchmarks.harness.ScaleServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The peer's side of the scale benchmark once, tiny. */
class OpenAiScaleSmokeTest {

  @Test
  void openAiJavaOpensStreamsAndIsMeasured() throws Exception {
    try (ScaleServer server = ScaleServer.start(3, 5)) {
      Map<String, String> r = new OpenAiScale().run("openai-java", server.baseUrl(), 3, 3, Duration.ofSeconds(20));
      assertNull(r.get("note"), String.valueOf(r));
      assertEquals("3", r.get("opened"), String.valueOf(r));
      assertEquals("3", r.get("completed"), String.valueOf(r));
      assertEquals("9", r.get("samples"), String.valueOf(r));
    }
  }
}
