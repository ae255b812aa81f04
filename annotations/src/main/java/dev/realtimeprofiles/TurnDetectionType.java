package dev.realtimeprofiles;

/** How the server decides that the user's turn ended. */
public enum TurnDetectionType {
  /** Voice activity detection on audio volume; takes threshold, padding, silence, idle timeout. */
  SERVER_VAD("server_vad"),
  /** A turn-detection model estimates whether the user has finished; takes eagerness. */
  SEMANTIC_VAD("semantic_vad"),
  /** Off: sent as JSON {@code null}; the client commits audio and asks for responses itself. */
  NONE(null);

  private final String wireValue;

  TurnDetectionType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The {@code type} as the API spells it, or {@code null} for {@link #NONE}. */
  public String wireValue() {
    return wireValue;
  }
}
