package dev.realtimeprofiles.runtime;

/**
 * A Realtime call failed. Unchecked, like OkHttp's and the official SDKs' errors. Subclasses say
 * why: {@link RealtimeApiException} (the server answered with an error status, or with a body
 * that could not be read), {@link RealtimeConnectionException} (no answer) and {@link
 * SessionUpdateRejectedException} (the WebSocket refused a {@code session.update}). Messages never
 * contain the API key or a client secret.
 */
public class RealtimeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String type;
  private final String param;
  private final String code;
  private final String requestId;

  RealtimeException(
      String message,
      Throwable cause,
      int statusCode,
      String type,
      String param,
      String code,
      String requestId) {
    super(message, cause);
    this.statusCode = statusCode;
    this.type = type;
    this.param = param;
    this.code = code;
    this.requestId = requestId;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int statusCode() {
    return statusCode;
  }

  /** OpenAI's {@code error.type}, e.g. {@code invalid_request_error}; null if none. */
  public String type() {
    return type;
  }

  /** OpenAI's {@code error.param}: the request field at fault, e.g. {@code session.voice}; null if none. */
  public String param() {
    return param;
  }

  /** OpenAI's {@code error.code}, e.g. {@code invalid_api_key}; null if none. */
  public String code() {
    return code;
  }

  /** The {@code x-request-id} header, to quote to OpenAI support; null if none. */
  public String requestId() {
    return requestId;
  }
}
