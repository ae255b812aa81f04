package dev.realtimeprofiles.runtime.event;

/**
 * {@code input_audio_buffer.cleared}: the input audio buffer was emptied ({@code
 * input_audio_buffer.clear}).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 */
public record InputAudioCleared(String type, String eventId) implements ServerEvent {}
