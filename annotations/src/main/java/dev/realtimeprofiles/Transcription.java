package dev.realtimeprofiles;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Transcription of the user's input audio, run beside the model (which hears the audio itself).
 * Writing {@code inputAudioTranscription = @Transcription(...)} turns it on; unset, it is off.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Transcription {

  /**
   * The transcription model: {@code whisper-1}, {@code gpt-4o-transcribe},
   * {@code gpt-4o-mini-transcribe}, ... An id this version does not know warns. Unset: the
   * server's choice.
   */
  String model() default "";

  /** The input language as ISO-639-1 (two lowercase letters, e.g. {@code en}). Unset: detected. */
  String language() default "";

  /** Text that guides the transcription's style or vocabulary. Unset: none. */
  String prompt() default "";
}
