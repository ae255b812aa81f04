package dev.realtimeprofiles.benchmarks.ours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realtimeprofiles.benchmarks.harness.Fixtures;
import dev.realtimeprofiles.benchmarks.harness.LoopbackServer;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.UnknownEvent;
import dev.realtimeprofiles.runtime.internal.ws.ServerEventParser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs every benchmark of our side once with tiny settings, so the harness can't rot unseen. */
class OursSmokeTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void everyRequestPathWritesTheFixture() throws Exception {
    OursRequestBenchmark benchmark = new OursRequestBenchmark();
    JsonNode expected = mapper.readTree(Fixtures.expectedGaRequest());
    assertEquals(expected, mapper.readTree(benchmark.gaRequestBytes()));
    assertEquals(expected, mapper.readTree(benchmark.gaRequestBytesFromWriter()));
    assertEquals(expected, mapper.readTree(benchmark.gaRequestBytesFromBuilder()));
  }

  @Test
  void handWrittenConfigIsTheGeneratedOne() {
    assertEquals(RealtimeSupportAgent.CONFIG, SupportAgentProfile.build());
  }

  @Test
  void roundTripAndColdStartMainsTalkToTheLoopbackServer() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(4)) {
      OursRoundTrip.main(new String[] {server.baseUrl(), "2", "20", "50"});
      OursColdStart.main(new String[] {server.baseUrl()});
      assertTrue(server.answered() >= 2, "answered " + server.answered());
      assertEquals(0, server.rejected());
    }
  }

  @Test
  void recordedStreamHasTheDeclaredEventCount() throws Exception {
    assertEquals(EventParseBenchmark.EVENTS, EventParseBenchmark.frames().size());
    for (String frame : EventParseBenchmark.frames()) {
      assertTrue(mapper.readTree(frame).path("type").isTextual(), frame);
    }
  }

  @Test
  void everyFrameOfTheStreamParsesIntoATypedRecord() throws Exception {
    // The runtime models every GA server event: a frame kept raw would mean the typed benchmark
    // measures the fallback, not the records.
    List<String> unknown = new ArrayList<>();
    for (String frame : EventParseBenchmark.frames()) {
      ServerEvent event = ServerEventParser.parse(frame);
      assertEquals(mapper.readTree(frame).path("type").asText(), event.type());
      if (event instanceof UnknownEvent) {
        unknown.add(event.type());
      }
    }
    assertEquals(List.of(), unknown);
  }

  @Test
  void benchmarksRun() throws Exception {
    Options options = new OptionsBuilder()
        .include(OursRequestBenchmark.class.getName())
        .include(EventParseBenchmark.class.getName())
        .forks(0).warmupIterations(0).measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(50))
        .verbosity(VerboseMode.SILENT)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    assertTrue(results.size() >= 5, "ran " + results.size());
    for (RunResult result : results) {
      assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
    }
  }
}
