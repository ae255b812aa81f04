package dev.realtimeprofiles.runtime.event;

/**
 * {@code conversation.item.input_audio_transcription.completed}: the transcript of the user's
 * audio (sessions with input transcription on).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param itemId the user message item
 * @param contentIndex the audio content part's index in the item
 * @param transcript the whole transcript
 */
public record InputTranscriptionCompleted(
    String type, String eventId, String itemId, int contentIndex, String transcript)
    implements ServerEvent {}
