package dev.realtimeprofiles.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.runtime.internal.http.HttpResult;
import dev.realtimeprofiles.runtime.internal.http.Redactor;
import dev.realtimeprofiles.runtime.internal.json.JsonObjects;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Instant;

/** Turns what the server answered (or did not) into an {@link EphemeralSession} or an exception. */
final class Responses {

  private Responses() {}

  /**
   * Reads a 2xx body. GA: {@code {value, expires_at, session}}; beta: the session with {@code
   * client_secret: {value, expires_at}} inside.
   */
  static EphemeralSession readSession(Api api, HttpResult result, String what, Redactor redactor) {
    ObjectNode root = parseObject(result, what, redactor);
    JsonNode secretHolder = api == Api.GA ? root : root.get("client_secret");
    JsonNode value = secretHolder == null ? null : secretHolder.get("value");
    JsonNode expiresAt = secretHolder == null ? null : secretHolder.get("expires_at");
    if (value == null || !value.isTextual() || expiresAt == null || !expiresAt.canConvertToLong()) {
      String where = api == Api.GA ? "value and expires_at" : "client_secret.value and .expires_at";
      throw unreadable(result, what, "it has no " + where, redactor);
    }
    ObjectNode session;
    if (api == Api.GA) {
      JsonNode node = root.get("session");
      if (node == null || !node.isObject()) {
        throw unreadable(result, what, "it has no session object", redactor);
      }
      session = (ObjectNode) node;
    } else {
      session = root.deepCopy();
      session.remove("client_secret");
    }
    return new EphemeralSession(
        api,
        new ClientSecret(value.asText(), Instant.ofEpochSecond(expiresAt.asLong())),
        session);
  }

  /** The exception for a non-2xx answer, typed by status, with OpenAI's error fields if present. */
  static RealtimeApiException error(HttpResult result, String what, Redactor redactor) {
    String requestId = result.headers().get("x-request-id");
    JsonNode error = null;
    try {
      JsonNode root = JsonObjects.mapper().readTree(result.body());
      error = root == null ? null : root.get("error");
    } catch (JsonProcessingException notJson) {
      // handled below: the body is quoted instead
    }
    ErrorDetails details;
    if (error != null && error.isObject()) {
      String message = redactor.redact(text(error, "message"));
      String type = redactor.redact(text(error, "type"));
      String param = redactor.redact(text(error, "param"));
      String code = redactor.redact(text(error, "code"));
      details =
          new ErrorDetails(
              what + " failed with HTTP " + result.code() + ": "
                  + (message == null ? "(no message)" : message)
                  + attributes(type, param, code, requestId),
              null, result.code(), type, param, code, requestId);
    } else {
      details =
          new ErrorDetails(
              what + " failed with HTTP " + result.code()
                  + ", and the body is not OpenAI's JSON error (" + result.contentType() + "): "
                  + quote(result.body(), redactor)
                  + attributes(null, null, null, requestId),
              null, result.code(), null, null, null, requestId);
    }
    int status = result.code();
    switch (status) {
      case 400:
        return new BadRequestException(details);
      case 401:
        return new AuthenticationException(details);
      case 403:
        return new PermissionDeniedException(details);
      case 404:
        return new NotFoundException(details);
      case 409:
        return new ConflictException(details);
      case 422:
        return new UnprocessableEntityException(details);
      case 429:
        return new RateLimitException(details);
      default:
        return status >= 500 ? new ServerException(details) : new RealtimeApiException(details);
    }
  }

  /** No answer after every attempt. */
  static RealtimeConnectionException connectionFailure(
      IOException e, String what, int maxRetries, Redactor redactor) {
    String reason;
    RealtimeConnectionException.Kind kind = RealtimeConnectionException.Kind.NETWORK;
    if (e instanceof SocketTimeoutException || "timeout".equals(e.getMessage())) {
      reason = "timed out";
      kind = RealtimeConnectionException.Kind.TIMEOUT;
    } else if (e instanceof InterruptedIOException) {
      reason = "was cancelled or interrupted";
      kind = RealtimeConnectionException.Kind.INTERRUPTED;
    } else {
      reason = "lost the connection";
    }
    return new RealtimeConnectionException(
        kind,
        what + " " + reason + " (" + maxRetries + " retries allowed): "
            + redactor.redact(String.valueOf(e)),
        e);
  }

  private static ObjectNode parseObject(HttpResult result, String what, Redactor redactor) {
    JsonNode root;
    try {
      root = JsonObjects.mapper().readTree(result.body());
    } catch (JsonProcessingException e) {
      String problem =
          e.getOriginalMessage().startsWith("Unexpected end-of-input")
              ? "the JSON ends early (truncated)"
              : "it is not valid JSON";
      throw unreadable(result, what, problem, redactor);
    }
    if (root == null || !root.isObject()) {
      throw unreadable(result, what, "it is not a JSON object", redactor);
    }
    return (ObjectNode) root;
  }

  private static RealtimeApiException unreadable(
      HttpResult result, String what, String problem, Redactor redactor) {
    String requestId = result.headers().get("x-request-id");
    return new RealtimeApiException(
        new ErrorDetails(
            what + " answered HTTP " + result.code() + " (" + result.contentType()
                + ") with a body this client cannot read: " + problem + ": "
                + quote(result.body(), redactor)
                + attributes(null, null, null, requestId),
            null, result.code(), null, null, null, requestId));
  }

  private static String quote(String body, Redactor redactor) {
    return body.isEmpty() ? "(empty body)" : "\"" + redactor.snippet(body) + "\"";
  }

  private static String attributes(String type, String param, String code, String requestId) {
    StringBuilder s = new StringBuilder();
    append(s, "type", type);
    append(s, "param", param);
    append(s, "code", code);
    append(s, "request id", requestId);
    return s.length() == 0 ? "" : " [" + s + "]";
  }

  private static void append(StringBuilder s, String name, String value) {
    if (value != null) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(name).append(' ').append(value);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
