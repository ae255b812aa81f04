package dev.realtimeprofiles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Realtime session profile: an interface (whose {@code @Tool} methods become function
 * tools) or a record (whose components fill {@code {placeholders}} in {@link #instructions()}).
 *
 * <p>Every value is checked at compile time against the Realtime API's rules; a bad value is a
 * javac error on that attribute. An attribute the profile does not write is omitted from the
 * request, so the server's default applies: the defaults declared here document those server
 * defaults and are never sent.
 *
 * <pre>{@code
 * @RealtimeSession(model = Model.GPT_REALTIME, voice = Voice.ASH, modalities = Modality.AUDIO,
 *     instructions = "You are the support agent of Acme. Be brief.")
 * public interface SupportAgent { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RealtimeSession {

  /** {@link #maxResponseOutputTokens()} value meaning {@code "inf"}: the model's maximum. */
  int INF = Integer.MAX_VALUE;

  /** The API shape the profile targets; {@link Api#GA} unless set. */
  Api api() default Api.GA;

  /** The Realtime model. Server default when unset: {@code gpt-realtime} (GA). */
  Model model() default Model.GPT_REALTIME;

  /**
   * Escape hatch for a model id this version does not know, e.g. a newer snapshot. Sent as
   * written; the processor warns instead of checking it. Set either this or {@link #model()}.
   */
  String modelId() default "";

  /**
   * The voice of spoken answers. Server default: {@code alloy}. {@link Voice#MARIN} and
   * {@link Voice#CEDAR} are GA only. Cannot change once the model has spoken in a session.
   */
  Voice voice() default Voice.ALLOY;

  /**
   * Escape hatch for a custom voice id ({@code voice_...}) or a newer voice name. Sent as
   * written (a custom id as {@code {"id": ...}} in GA); warns. Set either this or {@link #voice()}.
   */
  String voiceId() default "";

  /**
   * What the model answers with. GA: exactly one of {@code AUDIO} (server default) or
   * {@code TEXT}. Beta: {@code TEXT} or {@code {AUDIO, TEXT}} (server default); audio alone is
   * rejected by the server. Unset (empty) means the server default.
   */
  Modality[] modalities() default {};

  /**
   * The system instructions. In a record profile, {@code {name}} is replaced by the record
   * component {@code name} and {@code {{}}/{@code }}} stand for literal braces; an interface
   * profile sends the text as written. Server default: its own instructions.
   */
  String instructions() default "";

  /** Format of input audio. Server default: {@link AudioFormat#PCM16} (24 kHz mono). */
  AudioFormat inputAudioFormat() default AudioFormat.PCM16;

  /** Format of output audio. Server default: {@link AudioFormat#PCM16} (24 kHz mono). */
  AudioFormat outputAudioFormat() default AudioFormat.PCM16;

  /** Transcription of the user's audio. Server default: off (no transcription). */
  Transcription inputAudioTranscription() default @Transcription;

  /**
   * Turn detection. Server default: {@code server_vad} with its defaults. Use
   * {@code @TurnDetection(type = TurnDetectionType.NONE)} for manual turns (sent as {@code null}).
   */
  TurnDetection turnDetection() default @TurnDetection;

  /**
   * Noise reduction of input audio, {@code near_field} or {@code far_field}. Server default:
   * off; {@link NoiseReduction#NONE} turns it off explicitly ({@code null}).
   */
  NoiseReduction noiseReduction() default NoiseReduction.NONE;

  /**
   * How the model picks tools: {@code auto} (server default), {@code none}, {@code required}, or
   * the name of one of this profile's {@code @Tool}s to force that function.
   */
  String toolChoice() default "auto";

  /**
   * Sampling temperature, in [0.6, 1.2]; server default 0.8. Beta only: the GA API has no
   * temperature, so setting it on a GA profile is an error.
   */
  double temperature() default 0.8;

  /**
   * Maximum output tokens of one response, tool calls included: 1 to 4096, or {@link #INF}
   * ({@code "inf"}, the server default). Sent as {@code max_response_output_tokens} (beta) or
   * {@code max_output_tokens} (GA).
   */
  int maxResponseOutputTokens() default INF;

  /**
   * Speed of spoken answers as a multiple of normal speed, in [0.25, 1.5]; server default 1.0.
   * Only changes between turns.
   */
  double speed() default 1.0;

  /**
   * Lifetime of the ephemeral client secret in seconds, in [10, 7200], counted from its
   * creation; server default 600. GA only: the beta API has no such field.
   */
  int expiresAfterSeconds() default 600;

  /**
   * Escape hatch: a JSON object merged into the session for fields this version does not know,
   * e.g. {@code {"tracing": "auto"}}. Must be a JSON object whose keys do not clash with fields
   * the profile sets. Unset: nothing extra.
   */
  String extra() default "";
}
