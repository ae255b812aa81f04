package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.runtime.internal.json.BetaRequestWriter;
import dev.realtimeprofiles.runtime.internal.json.GaRequestWriter;
import java.util.Objects;

/**
 * A {@link SessionConfig} with its request body written once, so that sending it serialises
 * nothing. Generated code passes the body as a compile-time constant; {@link #of(SessionConfig)}
 * computes it. {@link RealtimeClient#create(SessionRequest)} picks the endpoint by {@code
 * config().api()}: {@code /realtime/client_secrets} for GA, {@code /realtime/sessions} for beta.
 */
public final class SessionRequest {

  private final SessionConfig config;
  private final String body;

  private SessionRequest(SessionConfig config, String body) {
    this.config = config;
    this.body = body;
  }

  /** Writes the body of {@code config} in the shape of {@code config.api()}. */
  public static SessionRequest of(SessionConfig config) {
    Objects.requireNonNull(config, "config == null");
    String body =
        config.api() == Api.GA
            ? GaRequestWriter.clientSecretBody(config)
            : BetaRequestWriter.sessionBody(config);
    return new SessionRequest(config, body);
  }

  /**
   * Pairs {@code config} with a body written before, e.g. by the processor at compile time. The
   * body is sent as is; it must be what {@link #of(SessionConfig)} would write.
   */
  public static SessionRequest of(SessionConfig config, String body) {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(body, "body == null");
    return new SessionRequest(config, body);
  }

  /** The profile; also the tag of the HTTP request, for interceptors. */
  public SessionConfig config() {
    return config;
  }

  /** The JSON body sent. */
  public String body() {
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SessionRequest
        && config.equals(((SessionRequest) o).config)
        && body.equals(((SessionRequest) o).body);
  }

  @Override
  public int hashCode() {
    return 31 * config.hashCode() + body.hashCode();
  }

  @Override
  public String toString() {
    return "SessionRequest{api=" + config.api() + ", body=" + body + "}";
  }
}
