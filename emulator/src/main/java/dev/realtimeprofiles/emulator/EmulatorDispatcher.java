package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/** Routes each HTTP request: the two REST calls, the WebSocket handshake, and 404 for the rest. */
final class EmulatorDispatcher extends Dispatcher {
  private static final String CLIENT_SECRETS = "/v1/realtime/client_secrets";
  private static final String SESSIONS = "/v1/realtime/sessions";
  private static final String REALTIME = "/v1/realtime";

  private final EmulatorState state;
  private final RestApi rest;

  EmulatorDispatcher(EmulatorState state) {
    this.state = state;
    this.rest = new RestApi(state);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    state.recorder.request(new ReceivedRequest(
        request.getMethod(), request.getTarget(), redacted(request.getHeaders()), body));
    String authorization = request.getHeaders().get("Authorization");
    boolean upgrade = "websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"));
    if (state.closed) {
      return json(new ApiError(503, "server_error", "The Realtime emulator is closed.", null, null));
    }
    if (upgrade && request.getMethod().equals("GET") && path.equals(REALTIME)) {
      return webSocket(request, authorization);
    }
    boolean post = request.getMethod().equals("POST");
    if (post && (path.equals(CLIENT_SECRETS) || path.equals(SESSIONS))) {
      ApiError refused = refuse(authorization, state.isApiKey(authorization), false);
      if (refused != null) {
        return json(refused);
      }
      RestApi.Result result = path.equals(CLIENT_SECRETS)
          ? rest.createClientSecret(body)
          : rest.createSession(body);
      return respond(result.status(), result.body());
    }
    return json(new ApiError(404, "invalid_request_error",
        "Invalid URL (" + request.getMethod() + " " + path + ")", null, null));
  }

  private MockResponse webSocket(RecordedRequest request, String authorization) {
    // One look-up: the secret that lets this handshake in is the one whose session it starts with.
    String token = EmulatorState.bearer(authorization);
    boolean apiKey = state.isApiKey(authorization);
    SecretStore.Secret secret = apiKey || token == null ? null : state.secrets.valid(token);
    ApiError refused = refuse(authorization, apiKey || secret != null, true);
    if (refused != null) {
      return json(refused);
    }
    String model = request.getUrl().queryParameter("model");
    if (secret == null && (model == null || model.isBlank())) {
      return json(ApiError.missing("model"));
    }
    String beta = request.getHeaders().get("OpenAI-Beta");
    Dialect dialect = beta != null && beta.contains("realtime=v1") ? Dialect.BETA : Dialect.GA;
    ObjectNode session = initialSession(dialect, secret);
    if (model != null && !model.isBlank()) {
      session.put("model", model);
    }
    int connection = state.connections.incrementAndGet();
    RealtimeSocket socket = new RealtimeSocket(state, dialect, connection, session);
    return new MockResponse.Builder()
        .addHeader("x-request-id", state.ids.next("req"))
        .webSocketUpgrade(socket)
        .build();
  }

  private ObjectNode initialSession(Dialect dialect, SecretStore.Secret secret) {
    long expiresAt = state.secrets.now() + 60 * 60;
    String id = state.ids.next("sess");
    if (secret != null && secret.beta() == (dialect == Dialect.BETA)) {
      ObjectNode session = secret.session().deepCopy();
      session.put("id", id);
      session.put("expires_at", expiresAt);
      return session;
    }
    return dialect == Dialect.GA
        ? EffectiveSessions.gaDefaults(id, expiresAt)
        : EffectiveSessions.betaDefaults(id, expiresAt);
  }

  /**
   * Null when {@code authorization} is {@code accepted}; the 401 otherwise, worded for a call that
   * takes client secrets too when {@code secretsAllowed}. Never echoes the token.
   */
  private static ApiError refuse(String authorization, boolean accepted, boolean secretsAllowed) {
    if (EmulatorState.bearer(authorization) == null) {
      return new ApiError(401, "invalid_request_error",
          "You didn't provide an API key. You need to provide your API key in an Authorization header "
              + "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
          null, "missing_api_key");
    }
    if (accepted) {
      return null;
    }
    return new ApiError(401, "invalid_request_error",
        secretsAllowed
            ? "Incorrect API key or client secret provided, or the client secret has expired."
            : "Incorrect API key provided.",
        null, "invalid_api_key");
  }

  private MockResponse json(ApiError error) {
    return respond(error.status(), error.toResponseBody());
  }

  private MockResponse respond(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .addHeader("x-request-id", state.ids.next("req"))
        .body(body)
        .build();
  }

  private static Map<String, String> redacted(Headers headers) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String name : headers.names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      map.put(lower, lower.equals("authorization") ? "Bearer <redacted>" : headers.get(name));
    }
    return map;
  }
}
