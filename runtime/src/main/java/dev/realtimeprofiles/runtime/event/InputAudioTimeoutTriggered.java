package dev.realtimeprofiles.runtime.event;

/**
 * {@code input_audio_buffer.timeout_triggered}: server VAD heard no speech for the session's
 * {@code idle_timeout_ms}; the silent audio becomes a user item and the model may respond.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param audioStartMs where the silence starts (after the last response's playback), in ms since
 *     the buffer's audio began
 * @param audioEndMs where the timeout fired, in ms since the buffer's audio began
 * @param itemId the user item the silent audio becomes
 */
public record InputAudioTimeoutTriggered(
    String type, String eventId, int audioStartMs, int audioEndMs, String itemId)
    implements ServerEvent {}
