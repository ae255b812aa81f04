package dev.realtimeprofiles.benchmarks.peer;

import dev.realtimeprofiles.benchmarks.harness.Fixtures;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** A fresh JVM's whole job: create one session with openai-java against {@code args[0]}, then exit. */
public final class OpenAiColdStart {
  private OpenAiColdStart() {}

  public static void main(String[] args) {
    OpenAIClient client = OpenAIOkHttpClient.builder().apiKey(Fixtures.API_KEY).baseUrl(args[0]).build();
    try {
      String secret = client.realtime().clientSecrets().create(OpenAiRequests.supportAgent()).value();
      System.out.println("SECRET " + (Fixtures.RESPONSE_SECRET.equals(secret) ? "ok" : "wrong"));
    } finally {
      client.close();
    }
  }
}
