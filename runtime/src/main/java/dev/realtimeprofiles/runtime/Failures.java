package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.runtime.RealtimeConnectionException.Kind;
import dev.realtimeprofiles.runtime.internal.http.HttpResult;
import dev.realtimeprofiles.runtime.internal.http.Redactor;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.Response;

/**
 * Turns what a WebSocket did (a close code, an OkHttp failure, a handshake status) into the typed
 * failure both the listener and a waiting caller see, and says which of them a {@link
 * ReconnectPolicy} may recover from. Part of {@link RealtimeConnection}.
 */
final class Failures {

  /** Close code the server used when it shut the beta WebSocket down. */
  static final int BETA_SHUTDOWN_CODE = 4000;

  /** 1001 going away (the session cap), 1006 abnormal, 1011 server error, 1012-1014 restarts. */
  private static final Set<Integer> TRANSIENT_CLOSE_CODES = Set.of(1001, 1006, 1011, 1012, 1013, 1014);

  private Failures() {}

  /** Whether the server's close code is a clean end: 1000 and 1001. */
  static boolean clean(int code) {
    return code == 1000 || code == 1001;
  }

  /** The failure of a close frame that is not {@link #clean}. */
  static RealtimeConnectionException closedByServer(int code, String reason, Redactor redactor) {
    String quoted = reason == null || reason.isEmpty() ? "" : ": " + redactor.redact(reason);
    if (code == BETA_SHUTDOWN_CODE) {
      return new RealtimeConnectionException(
          Kind.BETA_SHUT_DOWN,
          "the beta Realtime WebSocket was shut down (close code 4000" + quoted + "); use api = Api.GA",
          null,
          code);
    }
    return new RealtimeConnectionException(
        Kind.CLOSED_BY_SERVER,
        "the server closed the WebSocket with code " + code + " (" + describe(code) + quoted + ")",
        null,
        code);
  }

  /** The server said 1001 (going away): the cause a reconnect reports. */
  static RealtimeConnectionException goingAway(String reason, Redactor redactor) {
    String quoted = reason == null || reason.isEmpty() ? "" : ": " + redactor.redact(reason);
    return new RealtimeConnectionException(
        Kind.CLOSED_BY_SERVER,
        "the server closed the WebSocket with code 1001 (going away" + quoted + ")",
        null,
        1001);
  }

  /** An OkHttp failure: a handshake answered with an error status, a dead peer, or the network. */
  static RealtimeException transport(Throwable t, Response response, String url, Redactor redactor) {
    if (response != null && response.code() != 101) {
      // The handshake was answered with an error status: typed like the HTTP calls' errors.
      String body = "";
      try {
        body = response.peekBody(4096).string();
      } catch (IOException | IllegalStateException e) {
        // no body to quote
      }
      MediaType contentType = response.body().contentType();
      return Responses.error(
          new HttpResult(
              response.code(),
              response.headers(),
              contentType == null ? null : contentType.toString(),
              body),
          "WebSocket handshake with " + url,
          redactor);
    }
    // The cause keeps the stack, not OkHttp's message, which is quoted redacted instead.
    IOException cause = new IOException(t.getClass().getName());
    cause.setStackTrace(t.getStackTrace());
    String message = redactor.redact(String.valueOf(t.getMessage()));
    if (t instanceof SocketTimeoutException && message.contains("pong")) {
      // OkHttp: "sent ping but didn't receive pong within 10000ms (after 3 successful ping/pongs)"
      return new RealtimeConnectionException(
          Kind.PING_TIMEOUT, "the peer at " + url + " stopped answering pings: " + message, cause);
    }
    return new RealtimeConnectionException(
        Kind.NETWORK, "the connection to " + url + " failed: " + message, cause);
  }

  /** Whether a reconnect may cure {@code failure}. */
  static boolean transientFailure(RealtimeException failure) {
    if (failure instanceof RealtimeConnectionException) {
      RealtimeConnectionException e = (RealtimeConnectionException) failure;
      switch (e.kind()) {
        case NETWORK:
        case PING_TIMEOUT:
        case TIMEOUT:
          return true;
        case CLOSED_BY_SERVER:
          return TRANSIENT_CLOSE_CODES.contains(e.closeCode());
        default:
          return false;
      }
    }
    if (failure instanceof RealtimeApiException) {
      int status = failure.statusCode();
      return status == 408 || status == 429 || status >= 500;
    }
    return false;
  }

  private static String describe(int code) {
    switch (code) {
      case 1002:
        return "protocol error";
      case 1003:
        return "unsupported data";
      case 1006:
        return "abnormal closure";
      case 1007:
        return "invalid payload";
      case 1008:
        return "policy violation";
      case 1009:
        return "message too big";
      case 1011:
        return "internal server error";
      case 1012:
        return "service restart";
      case 1013:
        return "try again later";
      case 1014:
        return "bad gateway";
      default:
        return "unexpected";
    }
  }
}
