package dev.realtimeprofiles.runtime.event;

/**
 * {@code input_audio_buffer.committed}: the input audio buffer became a user message item
 * (committed by the client or by turn detection).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param previousItemId the item the new one follows, or {@code null}
 * @param itemId the new user message item
 */
public record InputAudioCommitted(
    String type, String eventId, String previousItemId, String itemId) implements ServerEvent {}
