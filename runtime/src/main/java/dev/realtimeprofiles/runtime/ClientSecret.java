package dev.realtimeprofiles.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * An ephemeral {@code ek_...} key a browser or phone uses to open the Realtime WebSocket without
 * the API key. {@link #toString()} never shows the value.
 */
public final class ClientSecret {

  private final String value;
  private final Instant expiresAt;

  ClientSecret(String value, Instant expiresAt) {
    this.value = Objects.requireNonNull(value, "value == null");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt == null");
  }

  /** The secret itself; hand it to the client that connects, never log it. */
  public String value() {
    return value;
  }

  /** When the secret stops working for new connections. */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClientSecret
        && value.equals(((ClientSecret) o).value)
        && expiresAt.equals(((ClientSecret) o).expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, expiresAt);
  }

  @Override
  public String toString() {
    return "ClientSecret{value=<redacted>, expiresAt=" + expiresAt + "}";
  }
}
