package dev.realtimeprofiles.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.runtime.internal.http.Redactor;
import java.time.Instant;
import java.util.Objects;

/**
 * A session the server created: its {@link ClientSecret} for the connecting client, and the
 * session as the server resolved it (defaults filled in, fields this version does not know kept).
 */
public final class EphemeralSession {

  private final Api api;
  private final ClientSecret clientSecret;
  private final ObjectNode session;

  EphemeralSession(Api api, ClientSecret clientSecret, ObjectNode session) {
    this.api = api;
    this.clientSecret = clientSecret;
    this.session = session;
  }

  /** The API shape that created it. */
  public Api api() {
    return api;
  }

  /** The ephemeral key; its {@code toString()} is redacted. */
  public ClientSecret clientSecret() {
    return clientSecret;
  }

  /** Shortcut for {@code clientSecret().expiresAt()}. */
  public Instant expiresAt() {
    return clientSecret.expiresAt();
  }

  /**
   * The effective session as returned, every field kept (GA: the response's {@code session}; beta:
   * the response without its {@code client_secret}). A copy: changing it changes nothing here.
   */
  public JsonNode session() {
    return session.deepCopy();
  }

  /** The session's {@code id}, e.g. {@code sess_...}, or null if the server sent none. */
  public String id() {
    JsonNode id = session.get("id");
    return id == null || !id.isTextual() ? null : id.asText();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EphemeralSession
        && api == ((EphemeralSession) o).api
        && clientSecret.equals(((EphemeralSession) o).clientSecret)
        && session.equals(((EphemeralSession) o).session);
  }

  @Override
  public int hashCode() {
    return Objects.hash(api, clientSecret, session);
  }

  @Override
  public String toString() {
    String text =
        "EphemeralSession{api=" + api + ", clientSecret=" + clientSecret + ", session=" + session
            + "}";
    return new Redactor(null).redact(text); // a session never holds a secret; stay safe if one does
  }
}
