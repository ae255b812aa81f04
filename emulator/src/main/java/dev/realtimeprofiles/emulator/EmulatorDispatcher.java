package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * Routes each HTTP request: the REST calls (a table from path to handler, so an endpoint is one more
 * row), the WebSocket handshake, and 404 for the rest.
 */
final class EmulatorDispatcher extends Dispatcher {
  private static final String REALTIME = "/v1/realtime";

  private final EmulatorState state;
  /** {@code POST} path to the handler of its JSON body; every one takes the API key only. */
  private final Map<String, Function<String, RestApi.Result>> posts = new LinkedHashMap<>();

  EmulatorDispatcher(EmulatorState state) {
    this.state = state;
    RestApi rest = new RestApi(state);
    posts.put("/v1/realtime/client_secrets", rest::createClientSecret);
    posts.put("/v1/realtime/sessions", rest::createSession);
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
    Function<String, RestApi.Result> handler = request.getMethod().equals("POST") ? posts.get(path) : null;
    if (handler != null) {
      ApiError refused = refuse(authorization, state.isApiKey(authorization), false);
      if (refused != null) {
        return json(refused);
      }
      Duration retryAfter = state.script.takeRateLimit();
      if (retryAfter != null) {
        return rateLimited(retryAfter);
      }
      RestApi.Result result = handler.apply(body);
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
    String beta = request.getHeaders().get("OpenAI-Beta");
    Dialect dialect = beta != null && beta.contains("realtime=v1") ? Dialect.BETA : Dialect.GA;
    // GA: ?intent=transcription opens a transcription session, which takes no model.
    boolean transcription = dialect == Dialect.GA
        && ("transcription".equals(request.getUrl().queryParameter("intent"))
            || (secret != null && !secret.beta() && EffectiveSessions.isTranscription(secret.session())));
    if (secret == null && !transcription && (model == null || model.isBlank())) {
      return json(ApiError.missing("model"));
    }
    ObjectNode session = initialSession(dialect, secret, transcription);
    if (model != null && !model.isBlank() && !transcription) {
      session.put("model", model);
    }
    int connection = state.connections.incrementAndGet();
    RealtimeSocket socket = new RealtimeSocket(
        state, dialect, connection, session, state.sockets.claim(request.getConnectionIndex()));
    return new MockResponse.Builder()
        .addHeader("x-request-id", state.ids.next("req"))
        .webSocketUpgrade(socket)
        .build();
  }

  private ObjectNode initialSession(Dialect dialect, SecretStore.Secret secret, boolean transcription) {
    // expires_at is when the session cap ends it, as the API reports it.
    long expiresAt = (state.clock.millis() + state.maxSessionDuration.toMillis() + 999) / 1000;
    String id = state.ids.next("sess");
    if (secret != null && secret.beta() == (dialect == Dialect.BETA)
        && EffectiveSessions.isTranscription(secret.session()) == transcription) {
      ObjectNode session = secret.session().deepCopy();
      session.put("id", id);
      session.put("expires_at", expiresAt);
      return session;
    }
    if (transcription) {
      return EffectiveSessions.transcriptionDefaults(id, expiresAt);
    }
    return dialect == Dialect.GA
        ? EffectiveSessions.gaDefaults(id, expiresAt)
        : EffectiveSessions.betaDefaults(id, expiresAt);
  }

  /**
   * The API's 429: {@code rate_limit_exceeded}, with {@code Retry-After} in whole seconds (RFC 9110)
   * and {@code retry-after-ms}, the header OpenAI's SDKs read first.
   */
  private MockResponse rateLimited(Duration retryAfter) {
    long millis = retryAfter.toMillis();
    ApiError error = new ApiError(429, "requests",
        "Rate limit reached for requests. Please try again in " + millis + "ms.", null, "rate_limit_exceeded");
    return new MockResponse.Builder()
        .code(429)
        .addHeader("Content-Type", "application/json")
        .addHeader("x-request-id", state.ids.next("req"))
        .addHeader("Retry-After", Long.toString((millis + 999) / 1000))
        .addHeader("retry-after-ms", Long.toString(millis))
        .body(error.toResponseBody())
        .build();
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
