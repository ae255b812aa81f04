package dev.realtimeprofiles.emulator;

import static dev.realtimeprofiles.emulator.Check.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of DESIGN §3 that a JSON Schema cannot say (ranges the spec leaves open, combinations,
 * cross-references, unknown fields), for a GA session and for a beta session.
 *
 * <p>Each method answers the first problem as an {@link ApiError} whose {@code param} is relative to
 * the session object, or {@code null}. The caller puts the session's own path in front.
 */
final class SessionRules {
  static final Set<String> BETA_VOICES =
      Set.of("alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse");
  static final Set<String> GA_VOICES = union(BETA_VOICES, Set.of("marin", "cedar"));

  private static final Pattern TOOL_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
  private static final Set<String> GA_SESSION_KEYS = Set.of(
      "type", "output_modalities", "model", "instructions", "audio", "include", "tracing", "tools",
      "tool_choice", "parallel_tool_calls", "reasoning", "max_output_tokens", "truncation", "prompt");
  private static final Set<String> BETA_SESSION_KEYS = Set.of(
      "modalities", "model", "instructions", "voice", "input_audio_format", "output_audio_format",
      "input_audio_transcription", "turn_detection", "input_audio_noise_reduction", "speed",
      "tracing", "tools", "tool_choice", "temperature", "max_response_output_tokens", "truncation",
      "prompt", "include");
  private static final Set<String> GA_FORMATS = Set.of("audio/pcm", "audio/pcmu", "audio/pcma");
  private static final Set<String> BETA_FORMATS = Set.of("pcm16", "g711_ulaw", "g711_alaw");
  private static final Set<String> TOOL_CHOICE_OPTIONS = Set.of("auto", "none", "required");
  private static final Set<String> TRANSCRIPTION_KEYS =
      Set.of("model", "language", "languages", "keywords", "prompt", "delay");
  private static final Map<String, Set<String>> TURN_DETECTION_KEYS = Map.of(
      "server_vad", Set.of("type", "threshold", "prefix_padding_ms", "silence_duration_ms",
          "create_response", "interrupt_response", "idle_timeout_ms"),
      "semantic_vad", Set.of("type", "eagerness", "create_response", "interrupt_response"));

  private SessionRules() {}

  /**
   * A GA {@code session} object. {@code currentTools} are the tools already in force (for a
   * {@code session.update} that sets {@code tool_choice} but not {@code tools}); may be null.
   */
  static ApiError ga(JsonNode session, JsonNode currentTools) {
    ApiError e = Check.object(session, "");
    if (e != null) {
      return e;
    }
    if ((e = Check.onlyKeys(session, "", GA_SESSION_KEYS)) != null) {
      return e;
    }
    JsonNode type = session.get("type");
    if (type == null) {
      return ApiError.missing("type");
    }
    if ((e = Check.oneOf(type, "type", Set.of("realtime"))) != null) {
      return e;
    }
    JsonNode modalities = session.get("output_modalities");
    if (modalities != null && (e = gaModalities(modalities)) != null) {
      return e;
    }
    if ((e = stringIfPresent(session, "", "model")) != null
        || (e = stringIfPresent(session, "", "instructions")) != null) {
      return e;
    }
    JsonNode audio = session.get("audio");
    if (audio != null && (e = gaAudio(audio)) != null) {
      return e;
    }
    JsonNode tools = session.get("tools");
    if (tools != null && (e = tools(tools, "tools")) != null) {
      return e;
    }
    JsonNode choice = session.get("tool_choice");
    if (choice != null && (e = gaToolChoice(choice, tools != null ? tools : currentTools)) != null) {
      return e;
    }
    JsonNode maxTokens = session.get("max_output_tokens");
    if (maxTokens != null && (e = Check.maxTokens(maxTokens, "max_output_tokens")) != null) {
      return e;
    }
    return null;
  }

  /**
   * A beta session (the body of {@code POST /realtime/sessions} or the {@code session} of a beta
   * {@code session.update}). {@code extraKeys} are allowed besides the session's own fields.
   */
  static ApiError beta(JsonNode session, JsonNode currentTools, Set<String> extraKeys) {
    ApiError e = Check.object(session, "");
    if (e != null) {
      return e;
    }
    if ((e = Check.onlyKeys(session, "", union(BETA_SESSION_KEYS, extraKeys))) != null) {
      return e;
    }
    JsonNode modalities = session.get("modalities");
    if (modalities != null && (e = betaModalities(modalities)) != null) {
      return e;
    }
    if ((e = stringIfPresent(session, "", "model")) != null
        || (e = stringIfPresent(session, "", "instructions")) != null) {
      return e;
    }
    JsonNode voice = session.get("voice");
    if (voice != null && (e = betaVoice(voice)) != null) {
      return e;
    }
    for (String key : new String[] {"input_audio_format", "output_audio_format"}) {
      JsonNode format = session.get(key);
      if (format != null && (e = Check.oneOf(format, key, BETA_FORMATS)) != null) {
        return e;
      }
    }
    JsonNode transcription = session.get("input_audio_transcription");
    if (transcription != null && !transcription.isNull()
        && (e = transcription(transcription, "input_audio_transcription")) != null) {
      return e;
    }
    JsonNode turnDetection = session.get("turn_detection");
    if (turnDetection != null && (e = turnDetection(turnDetection, "turn_detection")) != null) {
      return e;
    }
    JsonNode noise = session.get("input_audio_noise_reduction");
    if (noise != null && (e = noiseReduction(noise, "input_audio_noise_reduction")) != null) {
      return e;
    }
    JsonNode speed = session.get("speed");
    if (speed != null && (e = Check.decimal(speed, "speed", 0.25, 1.5)) != null) {
      return e;
    }
    JsonNode tools = session.get("tools");
    if (tools != null && (e = tools(tools, "tools")) != null) {
      return e;
    }
    JsonNode choice = session.get("tool_choice");
    if (choice != null && (e = betaToolChoice(choice, tools != null ? tools : currentTools)) != null) {
      return e;
    }
    JsonNode temperature = session.get("temperature");
    if (temperature != null && (e = Check.decimal(temperature, "temperature", 0.6, 1.2)) != null) {
      return e;
    }
    JsonNode maxTokens = session.get("max_response_output_tokens");
    if (maxTokens != null && (e = Check.maxTokens(maxTokens, "max_response_output_tokens")) != null) {
      return e;
    }
    return null;
  }

  /**
   * A GA transcription session ({@code type: "transcription"}: a client secret's {@code session}
   * or a {@code session.update} on a {@code ?intent=transcription} connection). Only input audio.
   */
  static ApiError gaTranscription(JsonNode session) {
    ApiError e = Check.object(session, "");
    if (e != null || (e = Check.onlyKeys(session, "", Set.of("type", "audio", "include"))) != null) {
      return e;
    }
    JsonNode type = session.get("type");
    if (type == null) {
      return ApiError.missing("type");
    }
    if ((e = Check.oneOf(type, "type", Set.of("transcription"))) != null) {
      return e;
    }
    JsonNode audio = session.get("audio");
    if (audio != null && ((e = Check.object(audio, "audio")) != null
        || (e = Check.onlyKeys(audio, "audio", Set.of("input"))) != null)) {
      return e;
    }
    return audio == null ? null : gaAudio(audio);
  }

  /** {@code expires_after} of a GA client secret request (or of a beta {@code client_secret}). */
  static ApiError expiresAfter(JsonNode expiresAfter, String path) {
    ApiError e = Check.object(expiresAfter, path);
    if (e != null || (e = Check.onlyKeys(expiresAfter, path, Set.of("anchor", "seconds"))) != null) {
      return e;
    }
    JsonNode anchor = expiresAfter.get("anchor");
    if (anchor != null && (e = Check.oneOf(anchor, path(path, "anchor"), Set.of("created_at"))) != null) {
      return e;
    }
    JsonNode seconds = expiresAfter.get("seconds");
    if (seconds != null && (e = Check.integer(seconds, path(path, "seconds"), 10, 7200)) != null) {
      return e;
    }
    return null;
  }

  private static ApiError gaModalities(JsonNode modalities) {
    String path = "output_modalities";
    if (!modalities.isArray()) {
      return ApiError.invalidType(path, "an array, but got " + Json.typeName(modalities));
    }
    if (modalities.size() != 1) {
      return ApiError.invalidValue(
          path, "the GA API takes exactly one output modality, ['audio'] or ['text']; got " + modalities + ".");
    }
    return Check.oneOf(modalities.get(0), path + "[0]", Set.of("audio", "text"));
  }

  private static ApiError betaModalities(JsonNode modalities) {
    String path = "modalities";
    if (!modalities.isArray()) {
      return ApiError.invalidType(path, "an array, but got " + Json.typeName(modalities));
    }
    Set<String> values = new HashSet<>();
    for (int i = 0; i < modalities.size(); i++) {
      ApiError e = Check.oneOf(modalities.get(i), path + "[" + i + "]", Set.of("audio", "text"));
      if (e != null) {
        return e;
      }
      values.add(modalities.get(i).asText());
    }
    if (values.size() != modalities.size() || !(values.equals(Set.of("text")) || values.equals(Set.of("audio", "text")))) {
      return ApiError.invalidValue(
          path, "supported combinations are ['text'] and ['audio', 'text']; got " + modalities + ".");
    }
    return null;
  }

  private static ApiError gaAudio(JsonNode audio) {
    ApiError e = Check.object(audio, "audio");
    if (e != null || (e = Check.onlyKeys(audio, "audio", Set.of("input", "output"))) != null) {
      return e;
    }
    JsonNode input = audio.get("input");
    if (input != null) {
      String path = "audio.input";
      if ((e = Check.object(input, path)) != null
          || (e = Check.onlyKeys(input, path,
              Set.of("format", "transcription", "noise_reduction", "turn_detection"))) != null) {
        return e;
      }
      JsonNode format = input.get("format");
      if (format != null && (e = gaFormat(format, path + ".format")) != null) {
        return e;
      }
      JsonNode transcription = input.get("transcription");
      if (transcription != null && (e = transcription(transcription, path + ".transcription")) != null) {
        return e;
      }
      JsonNode noise = input.get("noise_reduction");
      if (noise != null && (e = noiseReduction(noise, path + ".noise_reduction")) != null) {
        return e;
      }
      JsonNode turnDetection = input.get("turn_detection");
      if (turnDetection != null && (e = turnDetection(turnDetection, path + ".turn_detection")) != null) {
        return e;
      }
    }
    JsonNode output = audio.get("output");
    if (output != null) {
      String path = "audio.output";
      if ((e = Check.object(output, path)) != null
          || (e = Check.onlyKeys(output, path, Set.of("format", "voice", "speed"))) != null) {
        return e;
      }
      JsonNode format = output.get("format");
      if (format != null && (e = gaFormat(format, path + ".format")) != null) {
        return e;
      }
      JsonNode voice = output.get("voice");
      if (voice != null && (e = gaVoice(voice, path + ".voice")) != null) {
        return e;
      }
      JsonNode speed = output.get("speed");
      if (speed != null && (e = Check.decimal(speed, path + ".speed", 0.25, 1.5)) != null) {
        return e;
      }
    }
    return null;
  }

  private static ApiError gaFormat(JsonNode format, String path) {
    ApiError e = Check.object(format, path);
    if (e != null || (e = Check.onlyKeys(format, path, Set.of("type", "rate"))) != null) {
      return e;
    }
    JsonNode type = format.get("type");
    if (type == null) {
      return ApiError.missing(path(path, "type"));
    }
    if ((e = Check.oneOf(type, path(path, "type"), GA_FORMATS)) != null) {
      return e;
    }
    JsonNode rate = format.get("rate");
    if (rate != null) {
      if (!type.asText().equals("audio/pcm")) {
        return ApiError.unknownParameter(path(path, "rate"));
      }
      if (!rate.isIntegralNumber() || rate.asLong() != 24000) {
        return ApiError.invalidValue(path(path, "rate"), "only 24000 is supported, got " + rate + ".");
      }
    }
    return null;
  }

  private static ApiError gaVoice(JsonNode voice, String path) {
    if (voice.isObject()) {
      ApiError e = Check.onlyKeys(voice, path, Set.of("id"));
      JsonNode id = voice.get("id");
      if (e != null) {
        return e;
      }
      return id == null ? ApiError.missing(path(path, "id")) : Check.string(id, path(path, "id"));
    }
    ApiError e = Check.string(voice, path);
    if (e != null || voice.asText().startsWith("voice_")) {
      return e;
    }
    return Check.oneOf(voice, path, GA_VOICES);
  }

  private static ApiError betaVoice(JsonNode voice) {
    ApiError e = Check.string(voice, "voice");
    if (e != null || voice.asText().startsWith("voice_")) {
      return e;
    }
    if (GA_VOICES.contains(voice.asText()) && !BETA_VOICES.contains(voice.asText())) {
      return ApiError.invalidValue(
          "voice", "'" + voice.asText() + "' is only available on the GA Realtime API.");
    }
    return Check.oneOf(voice, "voice", BETA_VOICES);
  }

  private static ApiError transcription(JsonNode transcription, String path) {
    ApiError e = Check.object(transcription, path);
    if (e != null || (e = Check.onlyKeys(transcription, path, TRANSCRIPTION_KEYS)) != null) {
      return e;
    }
    JsonNode model = transcription.get("model");
    if (model != null && (e = Check.string(model, path(path, "model"))) != null) {
      return e;
    }
    JsonNode language = transcription.get("language");
    if (language != null && (e = Check.language(language, path(path, "language"))) != null) {
      return e;
    }
    JsonNode prompt = transcription.get("prompt");
    if (prompt != null && (e = Check.string(prompt, path(path, "prompt"))) != null) {
      return e;
    }
    return null;
  }

  private static ApiError noiseReduction(JsonNode noise, String path) {
    if (noise.isNull()) {
      return null;
    }
    ApiError e = Check.object(noise, path);
    if (e != null || (e = Check.onlyKeys(noise, path, Set.of("type"))) != null) {
      return e;
    }
    JsonNode type = noise.get("type");
    return type == null ? ApiError.missing(path(path, "type"))
        : Check.oneOf(type, path(path, "type"), Set.of("near_field", "far_field"));
  }

  private static ApiError turnDetection(JsonNode turnDetection, String path) {
    if (turnDetection.isNull()) {
      return null;
    }
    ApiError e = Check.object(turnDetection, path);
    if (e != null) {
      return e;
    }
    JsonNode type = turnDetection.get("type");
    if (type == null) {
      return ApiError.missing(path(path, "type"));
    }
    if ((e = Check.oneOf(type, path(path, "type"), TURN_DETECTION_KEYS.keySet())) != null) {
      return e;
    }
    String kind = type.asText();
    for (var names = turnDetection.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!TURN_DETECTION_KEYS.get(kind).contains(name)) {
        String other = kind.equals("server_vad") ? "semantic_vad" : "server_vad";
        return TURN_DETECTION_KEYS.get(other).contains(name)
            ? ApiError.invalidRequest(
                "Invalid parameter '" + path(path, name) + "': it applies to " + other
                    + " turn detection only, not " + kind + ".",
                path(path, name), "unknown_parameter")
            : ApiError.unknownParameter(path(path, name));
      }
    }
    JsonNode value;
    if ((value = turnDetection.get("threshold")) != null
        && (e = Check.decimal(value, path(path, "threshold"), 0, 1)) != null) {
      return e;
    }
    if ((value = turnDetection.get("prefix_padding_ms")) != null
        && (e = Check.integer(value, path(path, "prefix_padding_ms"), 0, Integer.MAX_VALUE)) != null) {
      return e;
    }
    if ((value = turnDetection.get("silence_duration_ms")) != null
        && (e = Check.integer(value, path(path, "silence_duration_ms"), 0, Integer.MAX_VALUE)) != null) {
      return e;
    }
    if ((value = turnDetection.get("idle_timeout_ms")) != null && !value.isNull()
        && (e = Check.integer(value, path(path, "idle_timeout_ms"), 5000, 30000)) != null) {
      return e;
    }
    if ((value = turnDetection.get("eagerness")) != null
        && (e = Check.oneOf(value, path(path, "eagerness"), Set.of("low", "medium", "high", "auto"))) != null) {
      return e;
    }
    for (String flag : new String[] {"create_response", "interrupt_response"}) {
      if ((value = turnDetection.get(flag)) != null && (e = Check.bool(value, path(path, flag))) != null) {
        return e;
      }
    }
    return null;
  }

  private static ApiError tools(JsonNode tools, String path) {
    if (!tools.isArray()) {
      return ApiError.invalidType(path, "an array, but got " + Json.typeName(tools));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < tools.size(); i++) {
      String at = path + "[" + i + "]";
      JsonNode tool = tools.get(i);
      ApiError e = Check.object(tool, at);
      if (e != null || (e = Check.onlyKeys(tool, at, Set.of("type", "name", "description", "parameters"))) != null) {
        return e;
      }
      JsonNode type = tool.get("type");
      if (type == null) {
        return ApiError.missing(at + ".type");
      }
      if ((e = Check.oneOf(type, at + ".type", Set.of("function"))) != null) {
        return e;
      }
      JsonNode name = tool.get("name");
      if (name == null) {
        return ApiError.missing(at + ".name");
      }
      if ((e = Check.string(name, at + ".name")) != null) {
        return e;
      }
      if (!TOOL_NAME.matcher(name.asText()).matches()) {
        return ApiError.invalidValue(at + ".name",
            "a tool name must match ^[a-zA-Z0-9_-]{1,64}$, got '" + name.asText() + "'.");
      }
      if (!names.add(name.asText())) {
        return ApiError.invalidValue(at + ".name", "tool names must be unique; '" + name.asText() + "' is declared twice.");
      }
      JsonNode description = tool.get("description");
      if (description != null) {
        if ((e = Check.string(description, at + ".description")) != null) {
          return e;
        }
        if (description.asText().length() > 1024) {
          return ApiError.invalidRequest(
              "Invalid '" + at + ".description': string too long. Expected a string with maximum length 1024, but got a string with length "
                  + description.asText().length() + " instead.",
              at + ".description", "string_above_max_length");
        }
      }
      JsonNode parameters = tool.get("parameters");
      if (parameters != null && (e = Check.object(parameters, at + ".parameters")) != null) {
        return e;
      }
    }
    return null;
  }

  private static ApiError gaToolChoice(JsonNode choice, JsonNode tools) {
    String path = "tool_choice";
    if (choice.isTextual()) {
      return Check.oneOf(choice, path, TOOL_CHOICE_OPTIONS);
    }
    ApiError e = Check.object(choice, path);
    if (e != null || (e = Check.onlyKeys(choice, path, Set.of("type", "name"))) != null) {
      return e;
    }
    JsonNode type = choice.get("type");
    if (type == null) {
      return ApiError.missing(path + ".type");
    }
    if ((e = Check.oneOf(type, path + ".type", Set.of("function"))) != null) {
      return e;
    }
    JsonNode name = choice.get("name");
    if (name == null) {
      return ApiError.missing(path + ".name");
    }
    if ((e = Check.string(name, path + ".name")) != null) {
      return e;
    }
    return declared(name.asText(), tools) ? null : notDeclared(path + ".name", name.asText());
  }

  private static ApiError betaToolChoice(JsonNode choice, JsonNode tools) {
    ApiError e = Check.string(choice, "tool_choice");
    if (e != null || TOOL_CHOICE_OPTIONS.contains(choice.asText()) || declared(choice.asText(), tools)) {
      return e;
    }
    return notDeclared("tool_choice", choice.asText());
  }

  private static boolean declared(String name, JsonNode tools) {
    if (tools == null || !tools.isArray()) {
      return false;
    }
    for (JsonNode tool : tools) {
      if (name.equals(tool.path("name").asText(null))) {
        return true;
      }
    }
    return false;
  }

  private static ApiError notDeclared(String path, String name) {
    return ApiError.invalidValue(path,
        "tool choice '" + name + "' names no declared tool; use 'auto', 'none', 'required' or the name of one of session.tools.");
  }

  private static ApiError stringIfPresent(JsonNode object, String path, String key) {
    JsonNode value = object.get(key);
    return value == null ? null : Check.string(value, path(path, key));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
