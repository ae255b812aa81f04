package dev.realtimeprofiles.benchmarks.ours;

import dev.realtimeprofiles.benchmarks.harness.Fixtures;
import dev.realtimeprofiles.benchmarks.harness.LoadDriver;
import dev.realtimeprofiles.runtime.RealtimeClient;
import java.time.Duration;

/**
 * Create-session round trips with our runtime against the loopback server: {@code baseUrl callers
 * warmupMs measureMs}; prints {@code RPS <requests per second>}. Client on its defaults, as shipped.
 */
public final class OursRoundTrip {
  private OursRoundTrip() {}

  public static void main(String[] args) throws Exception {
    RealtimeClient client = RealtimeClient.builder().apiKey(Fixtures.API_KEY).baseUrl(args[0]).build();
    double rps = LoadDriver.requestsPerSecond(Integer.parseInt(args[1]),
        Duration.ofMillis(Long.parseLong(args[2])), Duration.ofMillis(Long.parseLong(args[3])),
        () -> {
          String secret = OursSession.create(client);
          if (!Fixtures.RESPONSE_SECRET.equals(secret)) {
            throw new IllegalStateException("unexpected response");
          }
          return secret;
        });
    System.out.println("RPS " + rps);
  }
}
