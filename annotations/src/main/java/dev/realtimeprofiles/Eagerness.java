package dev.realtimeprofiles;

/** How eagerly {@code semantic_vad} ends the user's turn; {@link #AUTO} (= medium) by default. */
public enum Eagerness {
  LOW("low"),
  MEDIUM("medium"),
  HIGH("high"),
  AUTO("auto");

  private final String wireValue;

  Eagerness(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The eagerness as the API spells it. */
  public String wireValue() {
    return wireValue;
  }
}
