package dev.realtimeprofiles.benchmarks.ours;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realtimeprofiles.runtime.RealtimeListener;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.TextDelta;
import dev.realtimeprofiles.runtime.internal.ws.ServerEventParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Server events as WebSocket text frames, one recorded turn of the support agent: session events,
 * speech and transcription deltas, a {@code lookupOrder} function call, then a spoken answer with
 * audio deltas (50 ms of 24 kHz PCM each). The events are the spec's own examples
 * ({@code x-oaiMeta.example} of each {@code RealtimeServerEvent*} schema) with ids and deltas filled
 * in. {@link #typedEvents} is what the connection does with each frame: the runtime's parser (one
 * streaming pass into a typed record per event, audio base64-decoded), then a listener call;
 * {@link #jacksonReadTree} builds Jackson's generic tree of the same frames, the cost a typed
 * parser should stay under. Scores are per event ({@link OperationsPerInvocation}), so {@code
 * gc.alloc.rate.norm} (run with {@code -prof gc}, as benchmarks/run.sh does) is bytes allocated per
 * event.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class EventParseBenchmark {
  /** Lines of server-events.jsonl; a test keeps the two in step. */
  static final int EVENTS = 63;

  private final List<String> frames = frames();
  private final ObjectMapper mapper = new ObjectMapper();

  static List<String> frames() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        EventParseBenchmark.class.getResourceAsStream("server-events.jsonl"),
        StandardCharsets.UTF_8))) {
      return in.lines().filter(line -> !line.isBlank()).collect(Collectors.toUnmodifiableList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ours: each frame parsed into its typed event and handed to a listener, as the connection does. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void typedEvents(Blackhole sink) {
    RealtimeListener listener = new RealtimeListener() {
      @Override
      public void onEvent(ServerEvent event) {
        sink.consume(event);
      }

      @Override
      public void onTextDelta(String delta) {
        sink.consume(delta);
      }
    };
    for (String frame : frames) {
      ServerEvent event = ServerEventParser.parse(frame);
      listener.onEvent(event);
      if (event instanceof TextDelta) {
        listener.onTextDelta(((TextDelta) event).delta());
      }
    }
  }

  /** The limit: Jackson's generic tree of each frame, nothing typed. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void jacksonReadTree(Blackhole sink) throws IOException {
    for (String frame : frames) {
      JsonNode node = mapper.readTree(frame);
      sink.consume(node);
    }
  }
}
