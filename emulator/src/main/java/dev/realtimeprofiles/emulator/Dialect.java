package dev.realtimeprofiles.emulator;

import java.util.Map;

/**
 * The two vocabularies of the Realtime WebSocket: GA (the default) and beta (a connection with
 * {@code OpenAI-Beta: realtime=v1}). Only names and a few shapes differ; the conversation is the same.
 */
enum Dialect {
  GA("conversation.item.added", "response.output_text", "response.output_audio",
      "response.output_audio_transcript", "output_text", "output_audio", "RealtimeClientEvent"),
  BETA("conversation.item.created", "response.text", "response.audio",
      "response.audio_transcript", "text", "audio", "RealtimeBetaClientEvent");

  /** Client event type to the suffix of its schema name in the spec. */
  private static final Map<String, String> CLIENT_EVENT_SCHEMAS = Map.ofEntries(
      Map.entry("session.update", "SessionUpdate"),
      Map.entry("input_audio_buffer.append", "InputAudioBufferAppend"),
      Map.entry("input_audio_buffer.commit", "InputAudioBufferCommit"),
      Map.entry("input_audio_buffer.clear", "InputAudioBufferClear"),
      Map.entry("conversation.item.create", "ConversationItemCreate"),
      Map.entry("conversation.item.retrieve", "ConversationItemRetrieve"),
      Map.entry("conversation.item.truncate", "ConversationItemTruncate"),
      Map.entry("conversation.item.delete", "ConversationItemDelete"),
      Map.entry("response.create", "ResponseCreate"),
      Map.entry("response.cancel", "ResponseCancel"),
      Map.entry("output_audio_buffer.clear", "OutputAudioBufferClear"),
      Map.entry("transcription_session.update", "TranscriptionSessionUpdate"));

  final String itemCreated;
  final String text;
  final String audio;
  final String audioTranscript;
  final String textContentType;
  final String audioContentType;
  private final String clientSchemaPrefix;

  Dialect(String itemCreated, String text, String audio, String audioTranscript,
      String textContentType, String audioContentType, String clientSchemaPrefix) {
    this.itemCreated = itemCreated;
    this.text = text;
    this.audio = audio;
    this.audioTranscript = audioTranscript;
    this.textContentType = textContentType;
    this.audioContentType = audioContentType;
    this.clientSchemaPrefix = clientSchemaPrefix;
  }

  /** The spec's schema of client event {@code type}, or null when this dialect has no such event. */
  String clientEventSchema(String type) {
    String suffix = CLIENT_EVENT_SCHEMAS.get(type);
    if (suffix == null || (this == GA && type.equals("transcription_session.update"))) {
      return null;
    }
    return clientSchemaPrefix + suffix;
  }

  /** The output modalities field of a session or response. */
  String modalitiesField() {
    return this == GA ? "output_modalities" : "modalities";
  }
}
