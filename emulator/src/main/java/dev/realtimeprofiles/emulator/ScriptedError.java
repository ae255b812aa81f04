package dev.realtimeprofiles.emulator;

import java.util.Objects;

/**
 * An {@code error} event a test makes the emulator send, in OpenAI's shape: {@code {"type": "error",
 * "error": {"type", "code", "message", "param": null, "event_id"}}}.
 *
 * @param type the error's {@code type}, like {@code invalid_request_error} or {@code server_error}
 * @param code the error's {@code code}, or null
 * @param message what the error says
 */
public record ScriptedError(String type, String code, String message) {

  /** Checks for nulls ({@code code} may be null, as the API's often is). */
  public ScriptedError {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** A {@code server_error} with no code, as the API sends when it fails on its side. */
  public static ScriptedError serverError(String message) {
    return new ScriptedError("server_error", null, message);
  }

  /** An {@code invalid_request_error} with {@code code}. */
  public static ScriptedError invalidRequest(String code, String message) {
    return new ScriptedError("invalid_request_error", code, message);
  }

  ApiError toApiError() {
    return new ApiError(type.equals("server_error") ? 500 : 400, type, message, null, code);
  }
}
