package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The {@code ek_} client secrets this emulator minted, each with its expiry and session. */
final class SecretStore {
  /** A minted secret: its expiry (epoch seconds) and the effective session it was minted with. */
  record Secret(long expiresAt, ObjectNode session, boolean beta) {}

  private final Map<String, Secret> secrets = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Ids ids;

  SecretStore(Clock clock, Ids ids) {
    this.clock = clock;
    this.ids = ids;
  }

  long now() {
    return clock.instant().getEpochSecond();
  }

  String mint(long expiresAt, ObjectNode session, boolean beta) {
    String value = ids.secret();
    secrets.put(value, new Secret(expiresAt, session.deepCopy(), beta));
    return value;
  }

  /** The secret if this emulator minted {@code value} and it has not expired, else null. */
  Secret valid(String value) {
    Secret secret = secrets.get(value);
    return secret != null && now() < secret.expiresAt() ? secret : null;
  }
}
