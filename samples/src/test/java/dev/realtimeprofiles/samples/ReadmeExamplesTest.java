package dev.realtimeprofiles.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.emulator.RealtimeEmulator;
import dev.realtimeprofiles.emulator.RealtimeEmulatorExtension;
import dev.realtimeprofiles.runtime.EphemeralSession;
import dev.realtimeprofiles.runtime.RealtimeClient;
import dev.realtimeprofiles.runtime.RealtimeConnection;
import dev.realtimeprofiles.runtime.RealtimeListener;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.TranscriptionConfig;
import dev.realtimeprofiles.runtime.TurnDetectionConfig;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's snippets, compiled and run, so the README cannot drift from the code. */
class ReadmeExamplesTest {
  @RegisterExtension static RealtimeEmulatorExtension emulator = new RealtimeEmulatorExtension();

  @RealtimeSession(voice = Voice.MARIN, instructions = "You work for Acme.")
  interface AcmeBase {}

  @RealtimeSession(modalities = Modality.TEXT)
  interface AcmeChat extends AcmeBase {}

  @Test
  void aChildProfileInheritsWhatItDoesNotSet() {
    assertThat(RealtimeReadmeExamplesTest_AcmeChat.CONFIG.voice()).contains("marin");
    assertThat(RealtimeReadmeExamplesTest_AcmeChat.CONFIG.instructions()).contains("You work for Acme.");
    assertThat(RealtimeReadmeExamplesTest_AcmeChat.CONFIG.modalities()).containsExactly(Modality.TEXT);
  }

  @Test
  void looksUpTheOrder(RealtimeEmulator emulator) {
    emulator.script().callTool("Where is my order A-1017?", "lookupOrder", "{\"orderId\":\"A-1017\"}");
    RealtimeClient client =
        RealtimeClient.builder().apiKey(emulator.apiKey()).baseUrl(emulator.baseUrl()).build();
    try (RealtimeConnection c =
        new RealtimeSupportAgent(client).connect(new AcmeSupportTools(), new RealtimeListener() {})) {
      c.sendText("Where is my order A-1017?");
      c.awaitEvent(ResponseDone.class, Duration.ofSeconds(5)); // the function call
      c.awaitEvent(ResponseDone.class, Duration.ofSeconds(5)); // the answer using its output
    }
    assertThat(emulator.receivedEvents())
        .anySatisfy(e -> assertThat(e.json()).contains("\"function_call_output\"", "SHIPPED"));
  }

  @Test
  void withoutTheProcessor(RealtimeEmulator emulator) {
    RealtimeClient client =
        RealtimeClient.builder().apiKey(emulator.apiKey()).baseUrl(emulator.baseUrl()).build();
    SessionConfig config = SessionConfig.builder()
        .model(Model.GPT_REALTIME).voice(Voice.MARIN).addModalities(Modality.AUDIO)
        .instructions("You are the support agent of Acme. Be brief.")
        .turnDetection(TurnDetectionConfig.serverVad().withSilenceDurationMs(400))
        .inputAudioTranscription(
            TranscriptionConfig.builder().model("gpt-4o-mini-transcribe").language("en").build())
        .build();
    EphemeralSession s = client.createClientSecret(config, Duration.ofMinutes(10));
    EphemeralSession b =
        client.createSession(config.withApi(Api.BETA).withVoice("ash").withModalities(Modality.AUDIO, Modality.TEXT));
    assertThat(s.clientSecret().value()).startsWith("ek_");
    assertThat(b.clientSecret().value()).startsWith("ek_");
  }
}
