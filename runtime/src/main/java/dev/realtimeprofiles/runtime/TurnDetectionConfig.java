package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.Eagerness;
import dev.realtimeprofiles.TurnDetectionType;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Turn detection of a session. {@link #off()} turns it off explicitly: it is sent as
 * {@code "turn_detection": null} and the client commits audio and requests responses itself.
 * A session without any {@code TurnDetectionConfig} omits the field, so the server's default
 * ({@code server_vad}) applies. Only the fields set here are sent, besides {@link #type()}.
 */
@Value.Immutable
@ValueStyle
public abstract class TurnDetectionConfig implements WithTurnDetectionConfig {

  TurnDetectionConfig() {}

  /** {@link TurnDetectionType#NONE} means off and is sent as {@code null}. */
  public abstract TurnDetectionType type();

  /** {@code server_vad}: activation threshold in [0, 1]. */
  public abstract OptionalDouble threshold();

  /** {@code server_vad}: audio kept before detected speech, in ms. */
  public abstract OptionalInt prefixPaddingMs();

  /** {@code server_vad}: silence that ends speech, in ms. */
  public abstract OptionalInt silenceDurationMs();

  /** {@code server_vad}: ms of user silence after which a response is triggered (GA). */
  public abstract OptionalInt idleTimeoutMs();

  /** {@code semantic_vad}: how eagerly the turn ends. */
  public abstract Optional<Eagerness> eagerness();

  /** Whether a response is created when speech stops. */
  public abstract Optional<Boolean> createResponse();

  /** Whether speech interrupts an ongoing response. */
  public abstract Optional<Boolean> interruptResponse();

  /** Whether this turns turn detection off ({@code null} on the wire). */
  public final boolean isOff() {
    return type() == TurnDetectionType.NONE;
  }

  /** Turn detection off: sent as {@code "turn_detection": null} (manual turns). */
  public static TurnDetectionConfig off() {
    return builder().type(TurnDetectionType.NONE).build();
  }

  /** {@code server_vad} with the server's defaults; refine with the {@code with*} methods. */
  public static TurnDetectionConfig serverVad() {
    return builder().type(TurnDetectionType.SERVER_VAD).build();
  }

  /** {@code semantic_vad} with the server's defaults; refine with the {@code with*} methods. */
  public static TurnDetectionConfig semanticVad() {
    return builder().type(TurnDetectionType.SEMANTIC_VAD).build();
  }

  /** A new builder; {@link Builder#type(TurnDetectionType)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (isOff()
        && (threshold().isPresent()
            || prefixPaddingMs().isPresent()
            || silenceDurationMs().isPresent()
            || idleTimeoutMs().isPresent()
            || eagerness().isPresent()
            || createResponse().isPresent()
            || interruptResponse().isPresent())) {
      throw new IllegalStateException(
          "turn detection type NONE is sent as null and takes no other field; " + this);
    }
  }

  /** Builds a {@link TurnDetectionConfig}. */
  public static final class Builder extends ImmutableTurnDetectionConfig.Builder {
    Builder() {}
  }
}
