package dev.realtimeprofiles.runtime.internal.ws;

/**
 * Lets the parser give {@link dev.realtimeprofiles.runtime.event.AudioDelta} the array it has just
 * decoded, which nothing else holds, without the copy the record makes of any other caller's
 * array: that copy was a sixth of an audio delta's parse time. Only this package can hand an
 * array over, so every other {@code AudioDelta} still copies. Not API.
 */
public final class AudioHandoff {
  private static final ThreadLocal<byte[]> HANDED = new ThreadLocal<>();

  private AudioHandoff() {}

  /** Marks {@code audio} as owned by the next {@code AudioDelta} this thread builds. */
  static void handOver(byte[] audio) {
    HANDED.set(audio);
  }

  /**
   * Whether {@code audio} is the array this thread handed over, which the caller may then keep
   * without a copy; forgets it either way. Called by {@code AudioDelta}'s constructor.
   */
  public static boolean isHandedOver(byte[] audio) {
    byte[] handed = HANDED.get();
    if (handed == null) {
      return false;
    }
    HANDED.set(null);
    return handed == audio;
  }
}
