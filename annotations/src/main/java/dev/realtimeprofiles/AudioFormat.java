package dev.realtimeprofiles;

/**
 * Input and output audio formats. The beta API names them with a string ({@code pcm16}); GA with
 * an object ({@code {"type": "audio/pcm", "rate": 24000}}). PCM is 16-bit, 24 kHz, mono,
 * little-endian: the only rate the API takes.
 */
public enum AudioFormat {
  PCM16("pcm16", "audio/pcm"),
  G711_ULAW("g711_ulaw", "audio/pcmu"),
  G711_ALAW("g711_alaw", "audio/pcma");

  /** The only PCM sample rate the Realtime API accepts. */
  public static final int PCM_RATE = 24000;

  private final String wireValue;
  private final String gaType;

  AudioFormat(String wireValue, String gaType) {
    this.wireValue = wireValue;
    this.gaType = gaType;
  }

  /** The beta name, e.g. {@code pcm16}. */
  public String wireValue() {
    return wireValue;
  }

  /** The GA format object's {@code type}, e.g. {@code audio/pcm}. */
  public String gaType() {
    return gaType;
  }

  /** The GA format object's {@code rate}, or 0 where the format has none. */
  public int gaRate() {
    return this == PCM16 ? PCM_RATE : 0;
  }
}
