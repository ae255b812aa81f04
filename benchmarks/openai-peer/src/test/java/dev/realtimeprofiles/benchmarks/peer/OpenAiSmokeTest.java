package dev.realtimeprofiles.benchmarks.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realtimeprofiles.benchmarks.harness.Fixtures;
import dev.realtimeprofiles.benchmarks.harness.LoopbackServer;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs every openai-java benchmark once with tiny settings, so the harness can't rot unseen. */
class OpenAiSmokeTest {
  @Test
  void buildsTheSameRequestAsTheFixture() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(mapper.readTree(Fixtures.expectedGaRequest()),
        mapper.readTree(OpenAiRequests.supportAgentBytes()));
  }

  @Test
  void requestBenchmarkRuns() throws Exception {
    Options options = new OptionsBuilder()
        .include(OpenAiRequestBenchmark.class.getName())
        .forks(0).warmupIterations(0).measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(50))
        .verbosity(VerboseMode.SILENT)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    assertEquals(1, results.size());
    assertTrue(results.iterator().next().getPrimaryResult().getScore() > 0);
  }

  @Test
  void roundTripAndColdStartMainsTalkToTheLoopbackServer() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(4)) {
      OpenAiRoundTrip.main(new String[] {server.baseUrl(), "2", "20", "50"});
      OpenAiColdStart.main(new String[] {server.baseUrl()});
      assertTrue(server.answered() >= 2, "answered " + server.answered());
      assertEquals(0, server.rejected());
    }
  }
}
