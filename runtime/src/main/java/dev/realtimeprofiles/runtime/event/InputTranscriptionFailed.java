package dev.realtimeprofiles.runtime.event;

/**
 * {@code conversation.item.input_audio_transcription.failed}: the user's audio could not be
 * transcribed. The conversation goes on.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param itemId the user message item
 * @param contentIndex the audio content part's index in the item
 * @param errorType the error's {@code type}, or {@code null}
 * @param code the error's {@code code}, or {@code null}
 * @param message the error's message, or {@code null}
 * @param param the error's {@code param}, or {@code null}
 */
public record InputTranscriptionFailed(
    String type,
    String eventId,
    String itemId,
    int contentIndex,
    String errorType,
    String code,
    String message,
    String param)
    implements ServerEvent {}
