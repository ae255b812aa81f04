package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.runtime.internal.json.JsonObjects;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One Realtime session profile, independent of the API shape: the same config writes the beta
 * body ({@code POST /realtime/sessions}) or the GA body ({@code POST /realtime/client_secrets}).
 *
 * <p>Every field is optional and an unset field is omitted from the request, so the server's
 * default applies. "Off" is a value of its own, sent as JSON {@code null}:
 * {@code turnDetection(TurnDetectionConfig.off())} and {@code noiseReduction(NoiseReduction.NONE)}.
 * Immutable and thread-safe; derive variants with the {@code with*} methods.
 *
 * <pre>{@code
 * SessionConfig config = SessionConfig.builder()
 *     .model(Model.GPT_REALTIME).voice(Voice.ASH).addModalities(Modality.AUDIO)
 *     .instructions("You are the support agent of Acme. Be brief.")
 *     .turnDetection(TurnDetectionConfig.serverVad().withSilenceDurationMs(400))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class SessionConfig implements WithSessionConfig {

  /** {@link #maxResponseOutputTokens()} value meaning {@code "inf"}: the model's maximum. */
  public static final int INF = RealtimeSession.INF;

  SessionConfig() {}

  /** The API shape requests are written for; {@link Api#GA} unless set. */
  @Value.Default
  public Api api() {
    return Api.GA;
  }

  /** The model id as sent, e.g. {@code gpt-realtime}. */
  public abstract Optional<String> model();

  /** A built-in voice name or a custom voice id ({@code voice_...}, sent as {@code {"id":...}} in GA). */
  public abstract Optional<String> voice();

  /** What the model answers with ({@code output_modalities} in GA); empty: server default. */
  public abstract List<Modality> modalities();

  /** The system instructions. */
  public abstract Optional<String> instructions();

  /** Format of input audio. */
  public abstract Optional<AudioFormat> inputAudioFormat();

  /** Format of output audio. */
  public abstract Optional<AudioFormat> outputAudioFormat();

  /** Transcription of input audio; absent: off (omitted). */
  public abstract Optional<TranscriptionConfig> inputAudioTranscription();

  /** Turn detection; absent: server default; {@link TurnDetectionConfig#off()}: {@code null}. */
  public abstract Optional<TurnDetectionConfig> turnDetection();

  /** Input noise reduction; absent: omitted; {@link NoiseReduction#NONE}: {@code null}. */
  public abstract Optional<NoiseReduction> noiseReduction();

  /** Function tools the model may call, in the order sent. */
  public abstract List<FunctionTool> tools();

  /** How the model picks tools. */
  public abstract Optional<ToolChoice> toolChoice();

  /** Sampling temperature; beta only (GA has no temperature). */
  public abstract OptionalDouble temperature();

  /** Maximum output tokens of a response, or {@link #INF} for {@code "inf"}. */
  public abstract OptionalInt maxResponseOutputTokens();

  /** Speed of spoken answers, a multiple of normal speed. */
  public abstract OptionalDouble speed();

  /** Lifetime of a GA client secret in seconds; beta has no such field. */
  public abstract OptionalInt expiresAfterSeconds();

  /**
   * A JSON object merged into the session for fields this version does not know, e.g.
   * {@code {"tracing":"auto"}}. Its keys must not clash with fields the config sets.
   */
  public abstract Optional<String> extra();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    extra().ifPresent(e -> JsonObjects.parseObject(e, "extra"));
    Set<String> names = new HashSet<>();
    for (FunctionTool tool : tools()) {
      if (!names.add(tool.name())) {
        throw new IllegalArgumentException("tool names must be unique; duplicate " + tool.name());
      }
    }
    maxResponseOutputTokens()
        .ifPresent(
            n -> {
              if (n < 1) {
                throw new IllegalArgumentException(
                    "maxResponseOutputTokens must be >= 1 or INF, was " + n);
              }
            });
  }

  /** Builds a {@link SessionConfig}; enum overloads spell the wire values for you. */
  public static final class Builder extends ImmutableSessionConfig.Builder {
    Builder() {}

    /** Sets the model from the enum of known models. */
    public Builder model(Model model) {
      return model(model.wireValue());
    }

    /** Sets a built-in voice. */
    public Builder voice(Voice voice) {
      return voice(voice.wireValue());
    }

    /** Sets the tool choice from a string: {@code auto}, {@code none}, {@code required} or a function name. */
    public Builder toolChoice(String toolChoice) {
      return toolChoice(ToolChoice.of(toolChoice));
    }
  }
}
