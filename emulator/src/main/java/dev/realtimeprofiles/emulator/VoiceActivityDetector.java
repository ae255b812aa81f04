package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where speech starts and stops in the input audio of one session, as {@code server_vad} and
 * {@code semantic_vad} report it, by an energy detector: an approximation of the API's model.
 *
 * <p>Audio is cut into 10 ms frames. A frame is speech when its RMS level is at least {@code -60 +
 * 40 * threshold} dBFS ({@code threshold} 0.5, the default, is -40 dBFS: normal speech passes,
 * room noise does not) and its zero-crossing rate is below 0.3 (broadband noise such as hiss
 * crosses zero about every other sample; voiced speech far less often). Speech has started once
 * {@value #MIN_SPEECH_MS} ms of speech frames have come with no gap of {@code silence_duration_ms};
 * it is reported at its first frame minus {@code prefix_padding_ms}, as the spec says {@code
 * audio_start_ms} "includes the prefix_padding_ms". It stops after {@code silence_duration_ms} of
 * non-speech, reported at the end of that silence ({@code audio_end_ms} "includes the
 * min_silence_duration_ms"). {@code semantic_vad} has no model here: its {@code eagerness} picks
 * the silence length ({@link #semanticSilenceMs}).
 *
 * <p>Times count from the first audio the session appended, in milliseconds of audio. Not
 * thread-safe: one connection's event thread feeds it.
 */
final class VoiceActivityDetector {
  /** Speech shorter than this is a click, not a turn. */
  static final int MIN_SPEECH_MS = 100;
  private static final int FRAME_MS = 10;
  private static final double MAX_SPEECH_ZERO_CROSSING_RATE = 0.3;

  /** The parameters of the session's turn detection, or null when it is off. */
  record Settings(double threshold, int prefixPaddingMs, int silenceDurationMs) {
    static Settings of(JsonNode turnDetection) {
      if (turnDetection == null || !turnDetection.isObject()) {
        return null;
      }
      boolean semantic = turnDetection.path("type").asText().equals("semantic_vad");
      return new Settings(
          turnDetection.path("threshold").asDouble(0.5),
          turnDetection.path("prefix_padding_ms").asInt(300),
          semantic
              ? semanticSilenceMs(turnDetection.path("eagerness").asText("auto"))
              : turnDetection.path("silence_duration_ms").asInt(500));
    }

    double levelDbfs() {
      return -60 + 40 * threshold;
    }
  }

  /** What the detector found in the audio fed to it. */
  sealed interface Event {
    /** Speech started; {@code audioStartMs} includes the prefix padding. */
    record Started(long audioStartMs) implements Event {}

    /** Speech stopped; {@code audioEndMs} includes the silence that ended it. */
    record Stopped(long audioEndMs) implements Event {}
  }

  private enum State { IDLE, CANDIDATE, SPEAKING }

  private short[] pending = new short[0];
  private int sampleRate = 24_000;
  private long frames; // 10 ms frames seen in this session
  private State state = State.IDLE;
  private long candidateStartMs;
  private long speechMs;
  private long lastSpeechEndMs;

  /**
   * The silence that ends a turn under {@code semantic_vad}: the API waits longer at low eagerness
   * ("low will wait longer for the user to continue speaking, high will respond more quickly"; its
   * maximum timeouts are 8 s, 4 s and 2 s). Without a model of meaning the emulator waits a fixed
   * 1500, 700 and 300 ms; {@code auto} is {@code medium}.
   */
  static int semanticSilenceMs(String eagerness) {
    return switch (eagerness) {
      case "low" -> 1500;
      case "high" -> 300;
      default -> 700;
    };
  }

  /** Milliseconds of audio fed so far in this session (whole frames). */
  long positionMs() {
    return frames * FRAME_MS;
  }

  boolean speaking() {
    return state == State.SPEAKING;
  }

  /**
   * Feeds {@code samples} at {@code rate} Hz; answers what happened in them. With {@code settings}
   * null (turn detection off) the audio only advances the clock.
   */
  List<Event> feed(short[] samples, int rate, Settings settings) {
    if (rate != sampleRate) {
      pending = new short[0];
      sampleRate = rate;
    }
    int frameSize = sampleRate * FRAME_MS / 1000;
    short[] all = new short[pending.length + samples.length];
    System.arraycopy(pending, 0, all, 0, pending.length);
    System.arraycopy(samples, 0, all, pending.length, samples.length);
    List<Event> events = new ArrayList<>();
    int at = 0;
    for (; at + frameSize <= all.length; at += frameSize) {
      boolean speech = settings != null && isSpeech(all, at, frameSize, settings.levelDbfs());
      frames++;
      if (settings != null) {
        step(speech, settings, events);
      }
    }
    pending = java.util.Arrays.copyOfRange(all, at, all.length);
    return events;
  }

  /** Forgets the speech in progress, as when the buffer is cleared or committed by the client. */
  void reset() {
    state = State.IDLE;
    speechMs = 0;
  }

  private void step(boolean speech, Settings settings, List<Event> events) {
    long end = positionMs();
    long start = end - FRAME_MS;
    switch (state) {
      case IDLE -> {
        if (speech) {
          state = State.CANDIDATE;
          candidateStartMs = start;
          speechMs = FRAME_MS;
          lastSpeechEndMs = end;
        }
      }
      case CANDIDATE -> {
        if (speech) {
          speechMs += FRAME_MS;
          lastSpeechEndMs = end;
          if (speechMs >= MIN_SPEECH_MS) {
            state = State.SPEAKING;
            events.add(new Event.Started(Math.max(0, candidateStartMs - settings.prefixPaddingMs())));
          }
        } else if (end - lastSpeechEndMs >= settings.silenceDurationMs()) {
          state = State.IDLE;
        }
      }
      case SPEAKING -> {
        if (speech) {
          lastSpeechEndMs = end;
        } else if (end - lastSpeechEndMs >= settings.silenceDurationMs()) {
          state = State.IDLE;
          events.add(new Event.Stopped(end));
        }
      }
    }
  }

  private static boolean isSpeech(short[] samples, int from, int count, double levelDbfs) {
    double sumSquares = 0;
    int crossings = 0;
    for (int i = from; i < from + count; i++) {
      sumSquares += (double) samples[i] * samples[i];
      if (i > from && (samples[i] >= 0) != (samples[i - 1] >= 0)) {
        crossings++;
      }
    }
    double rms = Math.sqrt(sumSquares / count) / 32768.0;
    double dbfs = rms <= 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(rms);
    return dbfs >= levelDbfs && crossings / (double) (count - 1) < MAX_SPEECH_ZERO_CROSSING_RATE;
  }
}
