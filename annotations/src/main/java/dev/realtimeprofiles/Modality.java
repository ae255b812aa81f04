package dev.realtimeprofiles;

/**
 * What the model answers with. GA takes exactly one ({@code [audio]}, the default, or
 * {@code [text]}); beta takes {@code [text]} or {@code [audio, text]} (the default).
 */
public enum Modality {
  AUDIO("audio"),
  TEXT("text");

  private final String wireValue;

  Modality(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The modality as the API spells it. */
  public String wireValue() {
    return wireValue;
  }
}
