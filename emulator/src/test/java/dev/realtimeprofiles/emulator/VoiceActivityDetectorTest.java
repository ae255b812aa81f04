package dev.realtimeprofiles.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceActivityDetectorTest {
  static final VoiceActivityDetector.Settings DEFAULTS = new VoiceActivityDetector.Settings(0.5, 300, 500);

  @Test
  void aToneIsSpeechWithPaddingAndSilenceInItsTimes() {
    VoiceActivityDetector vad = new VoiceActivityDetector();
    List<VoiceActivityDetector.Event> events = feed(vad, TestAudio.concat(
        TestAudio.silence(1000), TestAudio.tone(800, 220, -20), TestAudio.silence(600)), DEFAULTS);
    assertThat(events).containsExactly(
        new VoiceActivityDetector.Event.Started(700), // 1000 ms minus 300 ms of prefix padding
        new VoiceActivityDetector.Event.Stopped(2300)); // 1800 ms plus 500 ms of silence
    assertThat(vad.positionMs()).isEqualTo(2400);
  }

  @Test
  void aClickShorterThanTheMinimumIsNotSpeech() {
    VoiceActivityDetector vad = new VoiceActivityDetector();
    assertThat(feed(vad, TestAudio.concat(TestAudio.tone(VoiceActivityDetector.MIN_SPEECH_MS - 20, 220, -10),
        TestAudio.silence(1000)), DEFAULTS)).isEmpty();
  }

  @Test
  void theLevelFollowsTheThreshold() {
    byte[] tone = TestAudio.concat(TestAudio.tone(500, 220, -30), TestAudio.silence(600));
    assertThat(feed(new VoiceActivityDetector(), tone, new VoiceActivityDetector.Settings(0.5, 0, 500))).hasSize(2);
    assertThat(feed(new VoiceActivityDetector(), tone, new VoiceActivityDetector.Settings(0.8, 0, 500))).isEmpty();
  }

  @Test
  void audioSplitAcrossAppendsAtAnyByteIsOneStream() {
    byte[] audio = TestAudio.concat(TestAudio.silence(500), TestAudio.tone(500, 220, -20), TestAudio.silence(600));
    InputAudioBuffer buffer = new InputAudioBuffer();
    List<VoiceActivityDetector.Event> events = new java.util.ArrayList<>();
    for (int at = 0; at < audio.length; at += 333) { // odd sizes: samples and frames span appends
      byte[] piece = java.util.Arrays.copyOfRange(audio, at, Math.min(audio.length, at + 333));
      events.addAll(buffer.append(piece, InputCodec.PCM16, DEFAULTS));
    }
    assertThat(buffer.bufferedMs()).isEqualTo(1600.0);
    assertThat(events).containsExactly(
        new VoiceActivityDetector.Event.Started(200), new VoiceActivityDetector.Event.Stopped(1500));
  }

  @Test
  void turnDetectionOffOnlyCountsTime() {
    VoiceActivityDetector vad = new VoiceActivityDetector();
    assertThat(feed(vad, TestAudio.tone(1000, 220, -10), null)).isEmpty();
    assertThat(vad.positionMs()).isEqualTo(1000);
  }

  @Test
  void semanticEagernessPicksTheSilence() {
    assertThat(VoiceActivityDetector.Settings.of(TestClient.json("{\"type\": \"semantic_vad\", \"eagerness\": \"low\"}"))
        .silenceDurationMs()).isEqualTo(1500);
    assertThat(VoiceActivityDetector.Settings.of(TestClient.json("{\"type\": \"semantic_vad\"}")).silenceDurationMs())
        .isEqualTo(700);
    assertThat(VoiceActivityDetector.Settings.of(TestClient.json("{\"type\": \"semantic_vad\", \"eagerness\": \"high\"}"))
        .silenceDurationMs()).isEqualTo(300);
    assertThat(VoiceActivityDetector.Settings.of(TestClient.json("null"))).isNull();
  }

  @Test
  void g711DecodesToTheReferenceValues() {
    assertThat(InputCodec.ulaw((byte) 0xff)).isEqualTo((short) 0);
    assertThat(InputCodec.ulaw((byte) 0x00)).isEqualTo((short) -32124);
    assertThat(InputCodec.ulaw((byte) 0x80)).isEqualTo((short) 32124);
    assertThat(InputCodec.alaw((byte) 0xd5)).isEqualTo((short) 8);
    assertThat(InputCodec.alaw((byte) 0x55)).isEqualTo((short) -8);
    assertThat(InputCodec.alaw((byte) 0xaa)).isEqualTo((short) 32256);
    for (short sample : new short[] {0, 100, -100, 1000, -1000, 12345, -12345, 32000, -32000}) {
      assertThat((int) InputCodec.ulaw(TestAudio.linearToUlaw(sample))).isCloseTo(sample, org.assertj.core.data.Offset.offset(Math.abs(sample) / 16 + 8));
      assertThat((int) InputCodec.alaw(TestAudio.linearToAlaw(sample))).isCloseTo(sample, org.assertj.core.data.Offset.offset(Math.abs(sample) / 16 + 16));
    }
    assertThat(InputCodec.ULAW.millis(8000)).isEqualTo(1000.0);
    assertThat(InputCodec.PCM16.millis(48_000)).isEqualTo(1000.0);
  }

  private static List<VoiceActivityDetector.Event> feed(
      VoiceActivityDetector vad, byte[] pcm, VoiceActivityDetector.Settings settings) {
    return vad.feed(InputCodec.PCM16.decode(pcm), 24_000, settings);
  }
}
