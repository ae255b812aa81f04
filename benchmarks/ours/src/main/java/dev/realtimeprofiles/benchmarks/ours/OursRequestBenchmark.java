package dev.realtimeprofiles.benchmarks.ours;

import dev.realtimeprofiles.runtime.SessionRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The support agent's GA request body as bytes on the wire, our way, three ways.
 *
 * <ul>
 *   <li>{@link #gaRequestBytes}: the generated static profile. The processor wrote the body at
 *       compile time ({@code RealtimeSupportAgent.REQUEST_BODY}); what is left per request is
 *       encoding it, as OkHttp does when {@code create()} sends it.
 *   <li>{@link #gaRequestBytesFromWriter}: the runtime's GA writer on the static config, i.e.
 *       {@code client.createClientSecret(CONFIG)} without a generated stub.
 *   <li>{@link #gaRequestBytesFromBuilder}: builds the config each call too: the like-for-like
 *       comparison with openai-java's builder-then-Jackson path.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OursRequestBenchmark {
  @Benchmark
  public byte[] gaRequestBytes() {
    return RealtimeSupportAgent.REQUEST_BODY.getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public byte[] gaRequestBytesFromWriter() {
    return SessionRequest.of(RealtimeSupportAgent.CONFIG).body().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public byte[] gaRequestBytesFromBuilder() {
    return SessionRequest.of(SupportAgentProfile.build()).body().getBytes(StandardCharsets.UTF_8);
  }
}
