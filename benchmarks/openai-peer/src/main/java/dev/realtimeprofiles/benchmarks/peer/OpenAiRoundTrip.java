package dev.realtimeprofiles.benchmarks.peer;

import dev.realtimeprofiles.benchmarks.harness.Fixtures;
import dev.realtimeprofiles.benchmarks.harness.LoadDriver;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import java.time.Duration;

/**
 * Create-session round trips with openai-java against the loopback server: {@code baseUrl callers
 * warmupMs measureMs}; prints {@code RPS <requests per second>}. Client on its defaults, as shipped.
 */
public final class OpenAiRoundTrip {
  private OpenAiRoundTrip() {}

  public static void main(String[] args) throws Exception {
    OpenAIClient client = OpenAIOkHttpClient.builder().apiKey(Fixtures.API_KEY).baseUrl(args[0]).build();
    try {
      double rps = LoadDriver.requestsPerSecond(Integer.parseInt(args[1]),
          Duration.ofMillis(Long.parseLong(args[2])), Duration.ofMillis(Long.parseLong(args[3])),
          () -> {
            String secret =
                client.realtime().clientSecrets().create(OpenAiRequests.supportAgent()).value();
            if (!Fixtures.RESPONSE_SECRET.equals(secret)) {
              throw new IllegalStateException("unexpected response");
            }
            return secret;
          });
      System.out.println("RPS " + rps);
    } finally {
      client.close();
    }
  }
}
