package dev.realtimeprofiles.runtime.event;

/**
 * {@code conversation.item.input_audio_transcription.segment}: a segment of the user's audio
 * transcribed, with its speaker (transcription models that diarize).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param itemId the user message item
 * @param contentIndex the audio content part's index in the item
 * @param segmentId the segment's {@code id}, or {@code null}
 * @param text the segment's text
 * @param speaker the speaker's label, e.g. {@code spk_1}; or {@code null}
 * @param start where the segment starts, in seconds
 * @param end where the segment ends, in seconds
 */
public record InputTranscriptionSegment(
    String type,
    String eventId,
    String itemId,
    int contentIndex,
    String segmentId,
    String text,
    String speaker,
    double start,
    double end)
    implements ServerEvent {}
