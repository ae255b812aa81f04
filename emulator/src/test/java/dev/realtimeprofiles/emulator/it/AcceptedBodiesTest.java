package dev.realtimeprofiles.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.Eagerness;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.emulator.RealtimeEmulator;
import dev.realtimeprofiles.emulator.RealtimeEmulatorExtension;
import dev.realtimeprofiles.emulator.RecordedEvent;
import dev.realtimeprofiles.runtime.FunctionTool;
import dev.realtimeprofiles.runtime.RealtimeClient;
import dev.realtimeprofiles.runtime.RealtimeConnection;
import dev.realtimeprofiles.runtime.RealtimeListener;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.ToolChoice;
import dev.realtimeprofiles.runtime.TranscriptionConfig;
import dev.realtimeprofiles.runtime.TurnDetectionConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every value the runtime can write, one variant at a time, sent as a REST body and as a
 * session.update: the emulator (the API's rules and schemas) accepts each of them.
 */
class AcceptedBodiesTest {
  @RegisterExtension final RealtimeEmulatorExtension extension = new RealtimeEmulatorExtension();

  @Test
  void everyGaVariantIsAccepted(RealtimeEmulator emulator) {
    Map<String, SessionConfig> variants = common(SessionConfig.builder().build());
    SessionConfig ga = SessionConfig.builder().build();
    for (Modality m : Modality.values()) {
      variants.put("modality " + m, ga.withModalities(m));
    }
    for (Voice voice : Voice.values()) {
      variants.put("voice " + voice, ga.withVoice(voice.wireValue()));
    }
    variants.put("expiry 10", ga.withExpiresAfterSeconds(10));
    variants.put("expiry 7200", ga.withExpiresAfterSeconds(7200));
    variants.put("rich audio", Profiles.richGa(Modality.AUDIO));
    variants.put("rich text", Profiles.richGa(Modality.TEXT));
    variants.put("vad", Profiles.vadGa());

    assertAllAccepted(emulator, variants);
  }

  @Test
  void everyBetaVariantIsAccepted(RealtimeEmulator emulator) {
    SessionConfig beta = SessionConfig.builder().api(Api.BETA).build();
    Map<String, SessionConfig> variants = common(beta);
    variants.put("modalities text", beta.withModalities(Modality.TEXT));
    variants.put("modalities audio text", beta.withModalities(Modality.AUDIO, Modality.TEXT));
    variants.put("modalities text audio", beta.withModalities(Modality.TEXT, Modality.AUDIO));
    for (Voice voice : List.of(Voice.ALLOY, Voice.ASH, Voice.BALLAD, Voice.CORAL, Voice.ECHO,
        Voice.SAGE, Voice.SHIMMER, Voice.VERSE)) {
      variants.put("voice " + voice, beta.withVoice(voice.wireValue()));
    }
    variants.put("temperature 0.6", beta.withTemperature(0.6));
    variants.put("temperature 1.2", beta.withTemperature(1.2));
    variants.put("rich", Profiles.richBeta(Modality.AUDIO, Modality.TEXT));
    variants.put("off", Profiles.offBeta());

    assertAllAccepted(emulator, variants);
  }

  /** Variants both shapes can carry, on top of {@code base}. */
  private static Map<String, SessionConfig> common(SessionConfig base) {
    Map<String, SessionConfig> v = new LinkedHashMap<>();
    v.put("empty", base);
    v.put("semantic vad, every field", base.withTurnDetection(TurnDetectionConfig.semanticVad()
        .withEagerness(Eagerness.AUTO).withCreateResponse(true).withInterruptResponse(true)));
    for (Eagerness e : Eagerness.values()) {
      v.put("semantic vad " + e, base.withTurnDetection(TurnDetectionConfig.semanticVad().withEagerness(e)));
    }
    v.put("server vad, limits", base.withTurnDetection(TurnDetectionConfig.serverVad()
        .withThreshold(1.0).withPrefixPaddingMs(0).withSilenceDurationMs(0).withIdleTimeoutMs(30000)));
    v.put("server vad, idle 5000", base.withTurnDetection(TurnDetectionConfig.serverVad().withIdleTimeoutMs(5000)));
    v.put("server vad, bare", base.withTurnDetection(TurnDetectionConfig.serverVad()));
    v.put("turn detection off", base.withTurnDetection(TurnDetectionConfig.off()));
    v.put("custom voice", base.withVoice("voice_abc123"));
    v.put("transcription, empty", base.withInputAudioTranscription(TranscriptionConfig.builder().build()));
    v.put("transcription, every field", base.withInputAudioTranscription(
        TranscriptionConfig.builder().model("gpt-4o-transcribe").language("de").prompt("Namen").build()));
    v.put("tool, name only", base.withTools(FunctionTool.builder().name("t").build()));
    v.put("tool, forced", base.withTools(Profiles.lookupOrder(), Profiles.cancelOrder())
        .withToolChoice(ToolChoice.function("cancelOrder")));
    v.put("tool choice none", base.withToolChoice(ToolChoice.NONE));
    v.put("tool choice required", base.withToolChoice(ToolChoice.REQUIRED));
    v.put("max tokens 1", base.withMaxResponseOutputTokens(1));
    v.put("max tokens 4096", base.withMaxResponseOutputTokens(4096));
    v.put("max tokens inf", base.withMaxResponseOutputTokens(SessionConfig.INF));
    v.put("speed 0.25", base.withSpeed(0.25));
    v.put("speed 1.5", base.withSpeed(1.5));
    for (NoiseReduction n : NoiseReduction.values()) {
      v.put("noise reduction " + n, base.withNoiseReduction(n));
    }
    for (AudioFormat f : AudioFormat.values()) {
      v.put("formats " + f, base.withInputAudioFormat(f).withOutputAudioFormat(f));
    }
    for (Model m : Model.values()) {
      v.put("model " + m, base.withModel(m.wireValue()));
    }
    v.put("instructions, unicode and braces", base.withInstructions("Sé breve. «Ünï» \u2603 {x} \"q\""));
    v.put("extra tracing object", base.withExtra("{\"tracing\":{\"workflow_name\":\"support\"}}"));
    v.put("extra tracing null", base.withExtra("{\"tracing\":null}"));
    v.put("extra truncation", base.withExtra("{\"truncation\":\"auto\"}"));
    return v;
  }

  private static void assertAllAccepted(RealtimeEmulator emulator, Map<String, SessionConfig> variants) {
    RealtimeClient client = RealtimeClient.builder()
        .apiKey(emulator.apiKey()).baseUrl(emulator.baseUrl()).maxRetries(0).timeout(Profiles.WAIT).build();
    List<String> rejected = new ArrayList<>();
    for (Map.Entry<String, SessionConfig> v : variants.entrySet()) {
      try {
        if (v.getValue().api() == Api.GA) {
          client.createClientSecret(v.getValue());
        } else {
          client.createSession(v.getValue());
        }
      } catch (RuntimeException e) {
        rejected.add("POST " + v.getKey() + ": " + e);
      }
    }
    SessionConfig first = variants.values().iterator().next();
    try (RealtimeConnection c = client.connect(first, new RealtimeListener() {})) {
      for (Map.Entry<String, SessionConfig> v : variants.entrySet()) {
        try {
          // a session.update carries no expiry: that is the client secret's
          c.updateSession(v.getValue().withExpiresAfterSeconds(OptionalInt.empty()));
        } catch (RuntimeException e) {
          rejected.add("session.update " + v.getKey() + ": " + e);
        }
      }
    }
    assertThat(rejected).as("variants the emulator rejected").isEmpty();

    long posts = emulator.receivedRequests().stream().filter(r -> r.method().equals("POST")).count();
    assertThat(posts).isEqualTo(variants.size());
    List<RecordedEvent> updates = emulator.receivedEvents().stream()
        .filter(e -> e.type().equals("session.update")).toList();
    assertThat(updates).hasSize(variants.size() + 1);
    assertThat(emulator.sentEvents()).filteredOn(e -> e.type().equals("error")).isEmpty();
    assertThat(emulator.sentEvents()).filteredOn(e -> e.type().equals("session.updated"))
        .hasSameSizeAs(updates);
  }
}
