package dev.realtimeprofiles.benchmarks.ours;

import dev.realtimeprofiles.benchmarks.harness.Fixtures;
import dev.realtimeprofiles.runtime.RealtimeClient;

/** A fresh JVM's whole job: create one session with our runtime against {@code args[0]}, then exit. */
public final class OursColdStart {
  private OursColdStart() {}

  public static void main(String[] args) {
    RealtimeClient client = RealtimeClient.builder().apiKey(Fixtures.API_KEY).baseUrl(args[0]).build();
    String secret = OursSession.create(client);
    System.out.println("SECRET " + (Fixtures.RESPONSE_SECRET.equals(secret) ? "ok" : "wrong"));
  }
}
