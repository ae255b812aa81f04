package dev.realtimeprofiles.benchmarks.ours;

import dev.realtimeprofiles.runtime.RealtimeClient;

/** The one call both the round-trip and the cold-start benchmark make: create a GA session. */
final class OursSession {
  private OursSession() {}

  /**
   * Creates the support agent's session through the generated stub (its request body was written at
   * compile time) and returns the secret's value, never printed.
   */
  static String create(RealtimeClient client) {
    return new RealtimeSupportAgent(client).create().clientSecret().value();
  }
}
