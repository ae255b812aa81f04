package dev.realtimeprofiles;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turn detection of a {@link RealtimeSession}. The {@code type} is always sent; every other
 * attribute only when written. {@code threshold}, {@code prefixPaddingMs},
 * {@code silenceDurationMs} and {@code idleTimeoutMs} belong to {@code server_vad};
 * {@code eagerness} to {@code semantic_vad}: a field of the other type is an error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface TurnDetection {

  /** The kind of turn detection; {@link TurnDetectionType#NONE} sends {@code null}. */
  TurnDetectionType type() default TurnDetectionType.SERVER_VAD;

  /** {@code server_vad}: activation threshold in [0.0, 1.0]; server default 0.5. */
  double threshold() default 0.5;

  /** {@code server_vad}: audio kept before detected speech, in ms, ≥ 0; server default 300. */
  int prefixPaddingMs() default 300;

  /** {@code server_vad}: silence that ends speech, in ms, ≥ 0; server default 500. */
  int silenceDurationMs() default 500;

  /**
   * {@code server_vad}: after this many ms of user silence following the model's answer, a
   * response is triggered; in [5000, 30000]. Server default: no idle timeout.
   */
  int idleTimeoutMs() default 0;

  /** {@code semantic_vad}: how eagerly the turn ends; server default {@link Eagerness#AUTO}. */
  Eagerness eagerness() default Eagerness.AUTO;

  /** Whether a response is created when speech stops; server default {@code true}. */
  boolean createResponse() default true;

  /** Whether speech interrupts an ongoing response; server default {@code true}. */
  boolean interruptResponse() default true;
}
