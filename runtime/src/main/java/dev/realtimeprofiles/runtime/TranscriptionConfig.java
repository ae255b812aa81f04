package dev.realtimeprofiles.runtime;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Transcription of the user's input audio, run beside the model. A session with a
 * {@code TranscriptionConfig} has transcription on; without one the field is omitted (off, the
 * server's default). Every part is optional: an empty config lets the server choose the model.
 */
@Value.Immutable
@ValueStyle
public abstract class TranscriptionConfig implements WithTranscriptionConfig {

  TranscriptionConfig() {}

  /** The transcription model, e.g. {@code gpt-4o-mini-transcribe} or {@code whisper-1}. */
  public abstract Optional<String> model();

  /** The input language as ISO-639-1, e.g. {@code en}; absent: detected. */
  public abstract Optional<String> language();

  /** Text that guides the transcription's style or vocabulary. */
  public abstract Optional<String> prompt();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TranscriptionConfig}. */
  public static final class Builder extends ImmutableTranscriptionConfig.Builder {
    Builder() {}
  }
}
