package dev.realtimeprofiles;

/** Input noise reduction, applied before VAD and the model. Off unless set. */
public enum NoiseReduction {
  /** For close-talking microphones such as headsets. */
  NEAR_FIELD("near_field"),
  /** For laptop or conference-room microphones. */
  FAR_FIELD("far_field"),
  /** Off: sent as JSON {@code null}. */
  NONE(null);

  private final String wireValue;

  NoiseReduction(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The {@code type} as the API spells it, or {@code null} for {@link #NONE}. */
  public String wireValue() {
    return wireValue;
  }
}
