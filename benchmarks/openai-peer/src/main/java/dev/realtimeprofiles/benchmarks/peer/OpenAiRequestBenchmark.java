package dev.realtimeprofiles.benchmarks.peer;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Builds the support agent's GA request with openai-java's builders and serialises it to bytes. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OpenAiRequestBenchmark {
  @Benchmark
  public byte[] gaRequestBytes() {
    return OpenAiRequests.supportAgentBytes();
  }
}
