package dev.realtimeprofiles.benchmarks.ours;

import dev.realtimeprofiles.runtime.SessionRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The support agent's GA request body as bytes on the wire, our way.
 *
 * <p>{@link #gaRequestBytes} is what a session creation costs with a static profile: the profile's
 * config exists once, the request is made from it and its body encoded. Until the processor generates
 * the body as a constant, it is {@code SessionRequest.of(CONFIG)}, i.e. the GA writer runs each time.
 * {@link #gaRequestBytesFromBuilder} also builds the config each call: the like-for-like comparison
 * with openai-java's builder-then-Jackson path.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OursRequestBenchmark {
  @Benchmark
  public byte[] gaRequestBytes() {
    return SessionRequest.of(SupportAgentProfile.CONFIG).body().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public byte[] gaRequestBytesFromBuilder() {
    return SessionRequest.of(SupportAgentProfile.build()).body().getBytes(StandardCharsets.UTF_8);
  }
}
