package dev.realtimeprofiles;

/**
 * The Realtime models this version knows. For a newer model use
 * {@link RealtimeSession#modelId()}, which warns instead of failing.
 */
public enum Model {
  GPT_REALTIME("gpt-realtime"),
  GPT_REALTIME_2025_08_28("gpt-realtime-2025-08-28"),
  GPT_REALTIME_1_5("gpt-realtime-1.5"),
  GPT_REALTIME_2("gpt-realtime-2"),
  GPT_REALTIME_2_1("gpt-realtime-2.1"),
  GPT_REALTIME_2_1_MINI("gpt-realtime-2.1-mini"),
  GPT_REALTIME_MINI("gpt-realtime-mini"),
  GPT_REALTIME_MINI_2025_10_06("gpt-realtime-mini-2025-10-06"),
  GPT_REALTIME_MINI_2025_12_15("gpt-realtime-mini-2025-12-15"),
  GPT_4O_REALTIME_PREVIEW("gpt-4o-realtime-preview"),
  GPT_4O_REALTIME_PREVIEW_2024_10_01("gpt-4o-realtime-preview-2024-10-01"),
  GPT_4O_REALTIME_PREVIEW_2024_12_17("gpt-4o-realtime-preview-2024-12-17"),
  GPT_4O_REALTIME_PREVIEW_2025_06_03("gpt-4o-realtime-preview-2025-06-03"),
  GPT_4O_MINI_REALTIME_PREVIEW("gpt-4o-mini-realtime-preview"),
  GPT_4O_MINI_REALTIME_PREVIEW_2024_12_17("gpt-4o-mini-realtime-preview-2024-12-17");

  private final String wireValue;

  Model(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The model id as the API spells it, e.g. {@code gpt-realtime}. */
  public String wireValue() {
    return wireValue;
  }
}
