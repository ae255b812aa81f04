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

  /** The {@code error} object, with {@code event_id} when it answers a client event. */
  ObjectNode toErrorObject(String clientEventId) {
    ObjectNode error = Json.object();
    error.put("message", message);
    error.put("type", type);
    error.put("param", param);
    error.put("code", code);
    if (clientEventId != null) {
      error.put("event_id", clientEventId);
    }
    return error;
  }

  /** The REST body {@code {"error": {...}}}. */
  String toResponseBody() {
    ObjectNode body = Json.object();
    ObjectNode error = toErrorObject(null);
    body.set("error", error);
    return Json.write(body);
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
