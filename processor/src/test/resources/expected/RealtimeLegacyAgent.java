package acme;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.runtime.EphemeralSession;
import dev.realtimeprofiles.runtime.RealtimeClient;
import dev.realtimeprofiles.runtime.RealtimeConnection;
import dev.realtimeprofiles.runtime.RealtimeListener;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.SessionRequest;
import dev.realtimeprofiles.runtime.TurnDetectionConfig;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Creates and connects Realtime sessions of the {@link LegacyAgent} profile (beta API).
 * Its configuration was checked at compile time.
 */
@Generated(
    value = "dev.realtimeprofiles.processor.RealtimeSessionProcessor",
    comments = "https://github.com/realtime-profiles/realtime-profiles"
)
public final class RealtimeLegacyAgent {
  /**
   * The session configuration of {@link LegacyAgent}: exactly the attributes it sets.
   */
  public static final SessionConfig CONFIG = SessionConfig.builder()
      .api(Api.BETA)
      .model(Model.GPT_4O_REALTIME_PREVIEW_2024_12_17)
      .voice(Voice.VERSE)
      .addModalities(Modality.AUDIO, Modality.TEXT)
      .instructions("Speak like a \"pirate\".\n"
          + "Keep it short.")
      .inputAudioFormat(AudioFormat.G711_ULAW)
      .outputAudioFormat(AudioFormat.PCM16)
      .turnDetection(TurnDetectionConfig.off())
      .noiseReduction(NoiseReduction.NONE)
      .temperature(0.7)
      .maxResponseOutputTokens(SessionConfig.INF)
      .speed(1.25)
      .build();

  /**
   * The body of {@code POST /realtime/sessions} for {@link #CONFIG}, written at compile time.
   */
  public static final String REQUEST_BODY = "{\"model\":\"gpt-4o-realtime-preview-2024-12-17\",\"modalities\":[\"audio\",\"text\"],\"voice\":\"verse\",\"instructions\":\"Speak like a \\\"pirate\\\".\\nKeep it short.\",\"input_audio_format\":\"g711_ulaw\",\"output_audio_format\":\"pcm16\",\"turn_detection\":null,\"input_audio_noise_reduction\":null,\"temperature\":0.7,\"max_response_output_tokens\":\"inf\",\"speed\":1.25}";

  private static final SessionRequest REQUEST = SessionRequest.of(CONFIG, REQUEST_BODY);

  private final RealtimeClient client;

  /**
   * A stub that sends its requests through {@code client}.
   */
  public RealtimeLegacyAgent(RealtimeClient client) {
    this.client = Objects.requireNonNull(client, "client == null");
  }

  /**
   * Creates a session of this profile ({@code POST /realtime/sessions}, the beta API).
   */
  public EphemeralSession create() {
    return client.create(REQUEST);
  }

  /**
   * Like {@link #create()}, without blocking; cancelling the future cancels the call.
   */
  public CompletableFuture<EphemeralSession> createAsync() {
    return client.createAsync(REQUEST);
  }

  /**
   * Opens a Realtime WebSocket with this profile.
   */
  public RealtimeConnection connect(RealtimeListener listener) {
    return client.connect(CONFIG, listener);
  }
}
