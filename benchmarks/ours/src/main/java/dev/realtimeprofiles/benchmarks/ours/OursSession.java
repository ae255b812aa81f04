package dev.realtimeprofiles.benchmarks.ours;

import dev.realtimeprofiles.runtime.RealtimeClient;

/** The one call both the round-trip and the cold-start benchmark make: create a GA session. */
final class OursSession {
  private OursSession() {}

  /**
   * Creates the support agent's session and returns the secret's value (never printed). Until the
   * processor generates {@code RealtimeSupportAgent}, this is {@code createClientSecret(CONFIG)}: the
   * GA writer runs on every call.
   */
  static String create(RealtimeClient client) {
    return client.createClientSecret(SupportAgentProfile.CONFIG).clientSecret().value();
  }
}
