package dev.realtimeprofiles;

/**
 * The built-in voices. {@link #MARIN} and {@link #CEDAR} exist only in the GA API. For a custom
 * voice ({@code voice_...}) or a newer name use {@link RealtimeSession#voiceId()}.
 */
public enum Voice {
  ALLOY("alloy", true),
  ASH("ash", true),
  BALLAD("ballad", true),
  CORAL("coral", true),
  ECHO("echo", true),
  SAGE("sage", true),
  SHIMMER("shimmer", true),
  VERSE("verse", true),
  MARIN("marin", false),
  CEDAR("cedar", false);

  private final String wireValue;
  private final boolean inBeta;

  Voice(String wireValue, boolean inBeta) {
    this.wireValue = wireValue;
    this.inBeta = inBeta;
  }

  /** The voice as the API spells it, e.g. {@code ash}. */
  public String wireValue() {
    return wireValue;
  }

  /** Whether the beta API ({@link Api#BETA}) offers this voice; every voice is in GA. */
  public boolean isInBeta() {
    return inBeta;
  }
}
