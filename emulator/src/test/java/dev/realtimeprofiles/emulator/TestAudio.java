package dev.realtimeprofiles.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Audio for the turn-detection tests: the committed speech clip (see
 * {@code src/test/resources/.../audio/README.md}) and generated silence, noise and tones, as PCM16
 * little-endian at 24 kHz unless a method says otherwise.
 */
final class TestAudio {
  static final int RATE = 24_000;

  private TestAudio() {}

  /** "Where is my order A one zero one seven?", 2.33 s of synthesised speech. */
  static byte[] speech() {
    try (InputStream in = TestAudio.class.getResourceAsStream("audio/where-is-my-order.pcm")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] silence(int millis) {
    return new byte[RATE / 1000 * millis * 2];
  }

  /** White noise (uniform samples, fixed seed) at about {@code dbfs} RMS. */
  static byte[] whiteNoise(int millis, double dbfs) {
    Random random = new Random(42);
    double amplitude = 32768 * Math.pow(10, dbfs / 20) * Math.sqrt(3); // RMS of uniform(-a, a) is a/sqrt(3)
    short[] samples = new short[RATE / 1000 * millis];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) Math.max(-32768, Math.min(32767, (random.nextDouble() * 2 - 1) * amplitude));
    }
    return pcm(samples);
  }

  /** A sine tone of {@code hertz} at about {@code dbfs} RMS. */
  static byte[] tone(int millis, double hertz, double dbfs) {
    double amplitude = 32768 * Math.pow(10, dbfs / 20) * Math.sqrt(2);
    short[] samples = new short[RATE / 1000 * millis];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hertz * i / RATE));
    }
    return pcm(samples);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** {@code pcm24k} (PCM16 at 24 kHz) as G.711 µ-law at 8 kHz: every third sample, encoded. */
  static byte[] toUlaw(byte[] pcm24k) {
    short[] samples = samples(pcm24k);
    byte[] out = new byte[samples.length / 3];
    for (int i = 0; i < out.length; i++) {
      out[i] = linearToUlaw(samples[3 * i]);
    }
    return out;
  }

  /** {@code pcm24k} as G.711 A-law at 8 kHz. */
  static byte[] toAlaw(byte[] pcm24k) {
    short[] samples = samples(pcm24k);
    byte[] out = new byte[samples.length / 3];
    for (int i = 0; i < out.length; i++) {
      out[i] = linearToAlaw(samples[3 * i]);
    }
    return out;
  }

  /** {@code audio} as {@code input_audio_buffer.append} events of {@code chunkMillis} each. */
  static List<String> appendEvents(byte[] audio, int bytesPerMilli, int chunkMillis) {
    List<String> events = new ArrayList<>();
    int chunk = bytesPerMilli * chunkMillis;
    for (int at = 0; at < audio.length; at += chunk) {
      byte[] piece = java.util.Arrays.copyOfRange(audio, at, Math.min(audio.length, at + chunk));
      events.add("{\"type\": \"input_audio_buffer.append\", \"audio\": \""
          + Base64.getEncoder().encodeToString(piece) + "\"}");
    }
    return events;
  }

  /** PCM16 24 kHz audio as append events of 100 ms. */
  static List<String> appendEvents(byte[] pcm24k) {
    return appendEvents(pcm24k, 48, 100);
  }

  static short[] samples(byte[] pcm) {
    short[] samples = new short[pcm.length / 2];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
    }
    return samples;
  }

  static byte[] pcm(short[] samples) {
    byte[] bytes = new byte[samples.length * 2];
    for (int i = 0; i < samples.length; i++) {
      bytes[2 * i] = (byte) samples[i];
      bytes[2 * i + 1] = (byte) (samples[i] >> 8);
    }
    return bytes;
  }

  /** ITU-T G.711 µ-law compression (the Sun reference code's linear2ulaw). */
  static byte linearToUlaw(short pcm) {
    int sample = pcm;
    int mask;
    if (sample < 0) {
      sample = -sample;
      mask = 0x7f;
    } else {
      mask = 0xff;
    }
    sample = Math.min(sample, 32635) + 0x84;
    int segment = 7;
    for (int limit = 0x4000; (sample & limit) == 0 && segment > 0; limit >>= 1) {
      segment--;
    }
    int value = (segment << 4) | ((sample >> (segment + 3)) & 0x0f);
    return (byte) (value ^ mask);
  }

  /** ITU-T G.711 A-law compression (the Sun reference code's linear2alaw). */
  static byte linearToAlaw(short pcm) {
    int sample = pcm >> 3;
    int mask;
    if (sample >= 0) {
      mask = 0xd5;
    } else {
      mask = 0x55;
      sample = -sample - 1;
    }
    int[] segmentEnds = {0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff};
    int segment = 0;
    while (segment < 8 && sample > segmentEnds[segment]) {
      segment++;
    }
    if (segment >= 8) {
      return (byte) (0x7f ^ mask);
    }
    int value = segment << 4;
    value |= segment < 2 ? (sample >> 1) & 0x0f : (sample >> segment) & 0x0f;
    return (byte) (value ^ mask);
  }
}
