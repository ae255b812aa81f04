package dev.realtimeprofiles.emulator;

import java.util.List;

/**
 * The input audio buffer of one session: how much audio is in it (the emulator keeps no samples,
 * only their length) and the voice activity detector that reads what is appended.
 *
 * <p>Not thread-safe: one connection's event thread uses it.
 */
final class InputAudioBuffer {
  private final VoiceActivityDetector detector = new VoiceActivityDetector();
  private double bufferedMs;
  private byte[] carry = new byte[0]; // the odd byte of a PCM16 append, for the next one

  /**
   * Appends {@code bytes} of {@code codec} audio; answers what turn detection found in them. An
   * append may split a sample: its last byte waits for the next append.
   */
  List<VoiceActivityDetector.Event> append(byte[] bytes, InputCodec codec, VoiceActivityDetector.Settings vad) {
    bufferedMs += codec.millis(bytes.length);
    byte[] all = bytes;
    if (carry.length > 0) {
      all = new byte[carry.length + bytes.length];
      System.arraycopy(carry, 0, all, 0, carry.length);
      System.arraycopy(bytes, 0, all, carry.length, bytes.length);
    }
    int whole = all.length - all.length % codec.bytesPerSample;
    carry = java.util.Arrays.copyOfRange(all, whole, all.length);
    return detector.feed(codec.decode(java.util.Arrays.copyOf(all, whole)), codec.sampleRate, vad);
  }

  boolean isEmpty() {
    return bufferedMs <= 0;
  }

  double bufferedMs() {
    return bufferedMs;
  }

  /** Milliseconds of audio appended in this session so far. */
  long positionMs() {
    return detector.positionMs();
  }

  boolean speaking() {
    return detector.speaking();
  }

  /** The client committed or cleared the buffer: it is empty and no speech is in progress. */
  void empty() {
    bufferedMs = 0;
    carry = new byte[0];
    detector.reset();
  }

  /**
   * Turn detection committed the buffer up to {@code audioEndMs}: what was appended after it stays.
   */
  void committedUpTo(long audioEndMs) {
    bufferedMs = Math.max(0, detector.positionMs() - audioEndMs);
  }
}
