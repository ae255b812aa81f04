package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The three input formats of the Realtime API, decoded to 16-bit linear samples for voice activity
 * detection: PCM16 at 24 kHz ({@code audio/pcm}, beta {@code pcm16}), G.711 µ-law ({@code
 * audio/pcmu}, {@code g711_ulaw}) and A-law ({@code audio/pcma}, {@code g711_alaw}) at 8 kHz.
 *
 * <p>The G.711 decoders are the ITU-T G.711 expansions (the classic Sun reference code's {@code
 * ulaw2linear} and {@code alaw2linear}).
 */
enum InputCodec {
  PCM16(24_000, 2),
  ULAW(8_000, 1),
  ALAW(8_000, 1);

  final int sampleRate;
  final int bytesPerSample;

  InputCodec(int sampleRate, int bytesPerSample) {
    this.sampleRate = sampleRate;
    this.bytesPerSample = bytesPerSample;
  }

  /** The input format of an effective session (GA or beta); PCM16 when it names none. */
  static InputCodec ofSession(JsonNode session, Dialect dialect) {
    String name = dialect == Dialect.GA
        ? session.path("audio").path("input").path("format").path("type").asText("audio/pcm")
        : session.path("input_audio_format").asText("pcm16");
    return switch (name) {
      case "audio/pcmu", "g711_ulaw" -> ULAW;
      case "audio/pcma", "g711_alaw" -> ALAW;
      default -> PCM16;
    };
  }

  /** Milliseconds of audio in {@code bytes} bytes. */
  double millis(long bytes) {
    return bytes * 1000.0 / ((double) sampleRate * bytesPerSample);
  }

  /** The samples in {@code bytes}; a trailing odd byte of PCM16 is ignored. */
  short[] decode(byte[] bytes) {
    short[] samples = new short[bytes.length / bytesPerSample];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = switch (this) {
        case PCM16 -> (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
        case ULAW -> ulaw(bytes[i]);
        case ALAW -> alaw(bytes[i]);
      };
    }
    return samples;
  }

  static short ulaw(byte code) {
    int u = ~code & 0xff;
    int t = ((u & 0x0f) << 3) + 0x84;
    t <<= (u & 0x70) >> 4;
    return (short) ((u & 0x80) != 0 ? 0x84 - t : t - 0x84);
  }

  static short alaw(byte code) {
    int a = (code & 0xff) ^ 0x55;
    int t = (a & 0x0f) << 4;
    int segment = (a & 0x70) >> 4;
    if (segment == 0) {
      t += 8;
    } else {
      t = (t + 0x108) << (segment - 1);
    }
    return (short) ((a & 0x80) != 0 ? t : -t);
  }
}
