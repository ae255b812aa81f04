package dev.realtimeprofiles.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One error in OpenAI's shape: {@code {"message", "type", "param", "code"}}.
 *
 * <p>{@code param} is the dotted path of the offending field, counted from the root of the JSON the
 * client sent (a request body or a client event); {@code null} when no field is to blame.
 */
record ApiError(int status, String type, String message, String param, String code) {

  static ApiError invalidRequest(String message, String param, String code) {
    return new ApiError(400, "invalid_request_error", message, param, code);
  }

  static ApiError unknownParameter(String param) {
    return invalidRequest("Unknown parameter: '" + param + "'.", param, "unknown_parameter");
  }

  static ApiError invalidValue(String param, String message) {
    return invalidRequest("Invalid value for '" + param + "': " + message, param, "invalid_value");
  }

  static ApiError invalidType(String param, String expected) {
    return invalidRequest(
        "Invalid type for '" + param + "': expected " + expected + ".", param, "invalid_type");
  }

  static ApiError missing(String param) {
    return invalidRequest(
        "Missing required parameter: '" + param + "'.", param, "missing_required_parameter");
  }

  static ApiError belowMin(String param, Number min, Object was) {
    return invalidRequest(
        "Invalid '" + param + "': value below minimum. Expected a value >= " + min + ", but got "
            + was + " instead.",
        param,
        "value_below_min");
  }

  static ApiError aboveMax(String param, Number max, Object was) {
    return invalidRequest(
        "Invalid '" + param + "': value above maximum. Expected a value <= " + max + ", but got "
            + was + " instead.",
        param,
        "value_above_max");
  }

  /**
   * The {@code error} object of an {@code error} event: {@code event_id} is the client event it
   * answers, or JSON null when it answers none, as the API sends it (e.g. its {@code
   * session_expired}: {@code "param": null, "event_id": null}).
   */
  ObjectNode toErrorObject(String clientEventId) {
    ObjectNode error = restError();
    error.put("event_id", clientEventId);
    return error;
  }

  /** The REST body {@code {"error": {...}}}. */
  String toResponseBody() {
    ObjectNode body = Json.object();
    body.set("error", restError());
    return Json.write(body);
  }

  private ObjectNode restError() {
    ObjectNode error = Json.object();
    error.put("message", message);
    error.put("type", type);
    error.put("param", param);
    error.put("code", code);
    return error;
  }

  /** Prefixes {@code param} with {@code prefix} and a dot, as when a session sits in an envelope. */
  ApiError under(String prefix) {
    if (param == null) {
      return this;
    }
    String moved = param.isEmpty() ? prefix : prefix + "." + param;
    return new ApiError(status, type, param.isEmpty() ? message.replace("''", "'" + moved + "'") : message.replace("'" + param + "'", "'" + moved + "'"), moved, code);
  }
}
