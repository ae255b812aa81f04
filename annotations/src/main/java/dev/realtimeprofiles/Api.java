package dev.realtimeprofiles;

/** Which shape of the Realtime API a profile targets. */
public enum Api {
  /**
   * The generally available API: {@code POST /realtime/client_secrets} with a nested
   * {@code session} object and the WebSocket without a beta header. The default.
   */
  GA,
  /**
   * The beta API of the seed: {@code POST /realtime/sessions} with a flat body and the
   * {@code OpenAI-Beta: realtime=v1} WebSocket header. Carries {@code temperature}; lacks the
   * {@code marin}/{@code cedar} voices and client secret expiry.
   */
  BETA
}
