package dev.realtimeprofiles.processor.validate;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor prints, with a stable tag. Each says what is allowed and what
 * was given, using the attribute name the user wrote. Tests refer to these constants.
 */
public enum Message {
  TEMPERATURE_RANGE("RealtimeTemperature", "temperature must be in [0.6, 1.2], was %s"),
  NOT_IN_GA(
      "RealtimeNotInGa", "%s is not part of the GA Realtime API; remove it or set api = Api.BETA"),
  NOT_IN_BETA(
      "RealtimeNotInBeta",
      "%s is not part of the beta Realtime API; remove it or set api = Api.GA"),
  MAX_TOKENS_RANGE(
      "RealtimeMaxTokens",
      "maxResponseOutputTokens must be in [1, 4096] or RealtimeSession.INF, was %s"),
  MODALITIES_GA(
      "RealtimeModalities",
      "modalities must be exactly one of {AUDIO} or {TEXT} on the GA API, was %s"),
  MODALITIES_BETA(
      "RealtimeModalities",
      "modalities must be {TEXT} or {AUDIO, TEXT} on the beta API (the server rejects audio"
          + " alone), was %s"),
  TURN_DETECTION_NONE_FIELD(
      "RealtimeTurnDetection",
      "%s cannot be set when turnDetection type is NONE (manual turns, sent as null); remove it"),
  TURN_DETECTION_WRONG_TYPE(
      "RealtimeTurnDetection",
      "%s belongs to %s turn detection, not %s; remove it or set type = TurnDetectionType.%s"),
  THRESHOLD_RANGE("RealtimeTurnDetection", "threshold must be in [0.0, 1.0], was %s"),
  NOT_NEGATIVE("RealtimeTurnDetection", "%s must be >= 0, was %s"),
  IDLE_TIMEOUT_RANGE("RealtimeTurnDetection", "idleTimeoutMs must be in [5000, 30000], was %s"),
  VOICE_NOT_IN_BETA(
      "RealtimeVoice",
      "voice %s is not part of the beta Realtime API; use one of %s, or set api = Api.GA"),
  VOICE_AND_VOICE_ID("RealtimeVoice", "set voice or voiceId, not both; voiceId was %s"),
  VOICE_ID_EMPTY("RealtimeVoice", "voiceId must not be empty; remove it or set voice"),
  VOICE_ID_UNCHECKED(
      Diagnostic.Kind.WARNING,
      "RealtimeVoiceId",
      "voiceId %s is not checked by this version and is sent as written (a custom voice_... id"
          + " or a newer voice name)"),
  MODEL_AND_MODEL_ID("RealtimeModel", "set model or modelId, not both; modelId was %s"),
  MODEL_ID_EMPTY("RealtimeModel", "modelId must not be empty; remove it or set model"),
  MODEL_ID_UNCHECKED(
      Diagnostic.Kind.WARNING,
      "RealtimeModelId",
      "modelId %s is not checked by this version and is sent as written"),
  TRANSCRIPTION_LANGUAGE(
      "RealtimeTranscription",
      "language must be an ISO-639-1 code (two lowercase letters, e.g. \"en\"), was %s"),
  TRANSCRIPTION_MODEL_EMPTY(
      "RealtimeTranscription",
      "model must not be empty; remove it for the server's choice or use one of %s"),
  TRANSCRIPTION_MODEL_UNKNOWN(
      Diagnostic.Kind.WARNING,
      "RealtimeTranscriptionModel",
      "transcription model %s is not one this version knows (%s); it is sent as written"),
  SPEED_RANGE("RealtimeSpeed", "speed must be in [0.25, 1.5], was %s"),
  EXPIRES_RANGE("RealtimeExpiresAfter", "expiresAfterSeconds must be in [10, 7200], was %s"),
  TOOL_NAME_PATTERN(
      "RealtimeToolName", "tool name must match ^[a-zA-Z0-9_-]{1,64}$, was %s%s"),
  TOOL_NAME_DUPLICATE(
      "RealtimeToolName",
      "tool name %s is already used by %s(); tool names must be unique in a profile"),
  TOOL_DESCRIPTION_LENGTH(
      "RealtimeToolDescription", "description must be at most 1024 characters, was %s"),
  TOOL_PARAMETER_TYPE(
      "RealtimeToolParameter",
      "parameter %s of tool %s has type %s, which has no JSON Schema: %s is %s; use String, char,"
          + " boolean, a number type or its box, an enum, a List, Set, Collection or array of"
          + " these, a record of these, or Optional"),
  TOOL_RETURN_TYPE(
      "RealtimeToolReturn",
      "return type %s of tool %s cannot be written as JSON: %s is %s; use void, String, char,"
          + " boolean, a number type or its box, an enum, a List, Set, Collection or array,"
          + " a record, Optional or Map<String, T> of these"),
  TOOL_NOT_IN_PROFILE(
      "RealtimeToolPlacement",
      "@Tool method %s() must be declared in an interface annotated @RealtimeSession"),
  TOOL_NOT_INSTANCE(
      "RealtimeToolPlacement", "@Tool method %s() must be an abstract or default method, not %s"),
  TOOL_GENERIC("RealtimeToolPlacement", "@Tool method %s() must not declare type parameters"),
  TOOL_ON_RECORD(
      "RealtimeToolPlacement",
      "a record profile cannot have @Tool methods; move %s() to an interface profile"),
  TOOL_CHOICE(
      "RealtimeToolChoice",
      "toolChoice must be auto, none, required or the name of a declared tool %s, was %s"),
  INSTRUCTIONS_UNKNOWN_PLACEHOLDER(
      "RealtimeInstructions",
      "instructions placeholder {%s} names no record component; components are %s"),
  INSTRUCTIONS_UNBALANCED(
      "RealtimeInstructions",
      "instructions has an unbalanced '%s' at index %s; write {{ or }} for a literal brace"),
  INSTRUCTIONS_UNUSED_COMPONENT(
      Diagnostic.Kind.WARNING,
      "RealtimeInstructionsUnused",
      "record component %s is not used by instructions; write {%s} in instructions or remove"
          + " the component"),
  EXTRA_NOT_OBJECT(
      "RealtimeExtra", "extra must be a JSON object such as {\"tracing\": \"auto\"}, but %s"),
  EXTRA_KEY_CLASH(
      "RealtimeExtra",
      "extra key %s clashes with a field this profile already sets on the %s API; set it in one"
          + " place only"),
  PROFILE_KIND(
      "RealtimeProfileType", "@RealtimeSession must be on an interface or a record, not %s"),
  PROFILE_PRIVATE(
      "RealtimeProfileType", "@RealtimeSession type %s must not be private; generated code must"
          + " reach it"),
  PROFILE_LOCAL(
      "RealtimeProfileType",
      "@RealtimeSession type %s must be a top-level or member type, not a local type"),
  PROFILE_IN_PRIVATE_TYPE(
      "RealtimeProfileType",
      "@RealtimeSession type %s must not be nested in private type %s; generated code must reach"
          + " it"),
  PROFILE_GENERIC(
      "RealtimeProfileType", "@RealtimeSession type %s must not declare type parameters"),
  UNRESOLVED_TYPES(
      "RealtimeUnresolved",
      "%s was not processed: its superinterfaces or tool signatures refer to types that could not"
          + " be resolved: %s"),
  WRITE_FAILED("RealtimeWrite", "could not write %s: %s"),
  INTERNAL_ERROR(
      "RealtimeInternal", "Internal error in realtime-profiles processor, please report: %s");

  private final Diagnostic.Kind kind;
  private final String tag;
  private final String template;

  Message(String tag, String template) {
    this(Diagnostic.Kind.ERROR, tag, template);
  }

  Message(Diagnostic.Kind kind, String tag, String template) {
    this.kind = kind;
    this.tag = tag;
    this.template = template;
  }

  /**
   * Appended to a problem found on a profile's merged attributes whose attribute is written in a
   * parent profile, so the parent's line says which child it breaks.
   */
  public static String inheritedBy(CharSequence profile) {
    return " (inherited by " + profile + ")";
  }

  /** ERROR or WARNING. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The stable tag, e.g. {@code RealtimeTemperature}. */
  public String tag() {
    return tag;
  }

  /** The message text with its tag, e.g. {@code [RealtimeTemperature] temperature must ...}. */
  public String format(Object... args) {
    return "[" + tag + "] " + String.format(Locale.ROOT, template, args);
  }
}
