package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import java.util.Set;

/**
 * The two REST calls: {@code POST /realtime/client_secrets} (GA, for a {@code realtime} or a
 * {@code transcription} session) and {@code POST /realtime/sessions} (beta). Each answers either a
 * {@link Result#ok body} or an {@link ApiError}.
 */
final class RestApi {
  /** The spec's GA transcription session request (the other branch of a client secret's session). */
  static final String GA_TRANSCRIPTION_SESSION = "RealtimeTranscriptionSessionCreateRequestGA";
  static final long GA_DEFAULT_TTL_SECONDS = 600;
  static final long BETA_DEFAULT_TTL_SECONDS = 60;

  /** A status and a JSON body. */
  record Result(int status, String body) {
    static Result ok(JsonNode body) {
      return new Result(200, Json.write(body));
    }

    static Result error(ApiError error) {
      return new Result(error.status(), error.toResponseBody());
    }
  }

  private final EmulatorState state;

  RestApi(EmulatorState state) {
    this.state = state;
  }

  Result createClientSecret(String body) {
    JsonNode request;
    try {
      request = parseObject(body);
    } catch (JsonProcessingException e) {
      return Result.error(malformed());
    }
    ApiError error = Check.onlyKeys(request, "", Set.of("expires_after", "session"));
    JsonNode expiresAfter = request.get("expires_after");
    if (error == null && expiresAfter != null) {
      error = SessionRules.expiresAfter(expiresAfter, "expires_after");
    }
    JsonNode session = request.get("session");
    boolean transcription = session != null && EffectiveSessions.isTranscription(session);
    if (error == null && session != null) {
      error = transcription ? SessionRules.gaTranscription(session) : SessionRules.ga(session, null);
      if (error == null) {
        error = SchemaCheck.check(
            transcription ? GA_TRANSCRIPTION_SESSION : RealtimeSchemas.GA_SESSION, session);
      }
      if (error != null) {
        error = error.param() == null ? error : error.under("session");
      }
    }
    if (error == null) {
      error = SchemaCheck.check(RealtimeSchemas.GA_CLIENT_SECRET_REQUEST, request);
    }
    if (error != null) {
      return Result.error(error);
    }
    long ttl = expiresAfter != null && expiresAfter.has("seconds")
        ? expiresAfter.get("seconds").asLong()
        : GA_DEFAULT_TTL_SECONDS;
    long expiresAt = state.secrets.now() + ttl;
    ObjectNode effective = transcription
        ? EffectiveSessions.transcriptionDefaults(state.ids.next("sess"), 0)
        : EffectiveSessions.gaDefaults(state.ids.next("sess"), 0);
    if (session != null) {
      EffectiveSessions.gaApply(effective, session);
    }
    String secret = state.secrets.mint(expiresAt, effective, false);
    ObjectNode response = Json.object();
    response.put("value", secret);
    response.put("expires_at", expiresAt);
    response.set("session", effective);
    return Result.ok(response);
  }

  Result createSession(String body) {
    JsonNode request;
    try {
      request = parseObject(body);
    } catch (JsonProcessingException e) {
      return Result.error(malformed());
    }
    ApiError error = SessionRules.beta(request, null, Set.of("client_secret"));
    JsonNode clientSecret = request.get("client_secret");
    JsonNode expiresAfter = clientSecret == null ? null : clientSecret.get("expires_after");
    if (error == null && clientSecret != null) {
      error = Check.object(clientSecret, "client_secret");
      if (error == null) {
        error = Check.onlyKeys(clientSecret, "client_secret", Set.of("expires_after"));
      }
      if (error == null && expiresAfter != null) {
        error = SessionRules.expiresAfter(expiresAfter, "client_secret.expires_after");
      }
    }
    if (error == null) {
      ObjectNode withoutSecret = ((ObjectNode) request).deepCopy();
      withoutSecret.remove("client_secret");
      error = SchemaCheck.check(RealtimeSchemas.BETA_SESSION, withoutSecret);
    }
    if (error != null) {
      return Result.error(error);
    }
    long ttl = expiresAfter != null && expiresAfter.has("seconds")
        ? expiresAfter.get("seconds").asLong()
        : BETA_DEFAULT_TTL_SECONDS;
    long now = state.secrets.now();
    long expiresAt = now + ttl;
    ObjectNode effective = EffectiveSessions.betaDefaults(state.ids.next("sess"), now + 30 * 60);
    EffectiveSessions.betaApply(effective, request);
    String secret = state.secrets.mint(expiresAt, effective, true);
    ObjectNode response = effective.deepCopy();
    response.putObject("client_secret").put("value", secret).put("expires_at", expiresAt);
    return Result.ok(response);
  }

  static ApiError malformed() {
    return ApiError.invalidRequest(
        "We could not parse the JSON body of your request. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.",
        null, null);
  }

  private static JsonNode parseObject(String body) throws JsonProcessingException {
    JsonNode node = Json.parse(body);
    if (!node.isObject()) {
      throw new com.fasterxml.jackson.core.JsonParseException(null, "not an object");
    }
    return node;
  }
}
