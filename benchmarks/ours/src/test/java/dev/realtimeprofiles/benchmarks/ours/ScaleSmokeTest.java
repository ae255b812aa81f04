package dev.realtimeprofiles.benchmarks.ours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.realtimeprofiles.benchmarks.harness.ScaleServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scale benchmark once, tiny: 5 sessions of 3 deltas each, ours and raw OkHttp. */
class ScaleSmokeTest {

  @Test
  void bothSidesOpenStreamAndMeasure() throws Exception {
    try (ScaleServer server = ScaleServer.start(3, 5)) {
      for (Map<String, String> r :
          List.of(
              new OursScale().run("ours", server.baseUrl(), 5, 3, Duration.ofSeconds(20)),
              new RawOkHttpScale().run("raw-okhttp", server.baseUrl(), 5, 3, Duration.ofSeconds(20)))) {
        assertNull(r.get("note"), String.valueOf(r));
        assertEquals("5", r.get("opened"), String.valueOf(r));
        assertEquals("5", r.get("completed"), String.valueOf(r));
        assertEquals("15", r.get("samples"), String.valueOf(r));
        assertTrue(Double.parseDouble(r.get("p99_ms")) > 0, String.valueOf(r));
        assertTrue(Double.parseDouble(r.get("open_ms")) > 0, String.valueOf(r));
      }
    }
  }
}
