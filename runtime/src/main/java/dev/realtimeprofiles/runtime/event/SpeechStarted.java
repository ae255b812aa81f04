package dev.realtimeprofiles.runtime.event;

/**
 * {@code input_audio_buffer.speech_started}: turn detection heard the user start speaking (a
 * client playing audio usually stops it here).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param audioStartMs where speech starts, in ms since the buffer's audio began
 * @param itemId the user message item that the speech will become
 */
public record SpeechStarted(String type, String eventId, int audioStartMs, String itemId)
    implements ServerEvent {}
