package dev.realtimeprofiles.runtime.event;

/**
 * {@code input_audio_buffer.speech_stopped}: turn detection heard the user stop speaking.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param audioEndMs where speech ends, in ms since the buffer's audio began
 * @param itemId the user message item that the speech will become
 */
public record SpeechStopped(String type, String eventId, int audioEndMs, String itemId)
    implements ServerEvent {}
