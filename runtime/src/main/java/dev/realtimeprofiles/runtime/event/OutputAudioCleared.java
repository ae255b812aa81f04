package dev.realtimeprofiles.runtime.event;

/**
 * {@code output_audio_buffer.cleared} (WebRTC and SIP only): the server dropped the rest of a
 * response's audio: the user interrupted (server VAD) or the client sent {@code
 * output_audio_buffer.clear}.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response whose audio it is
 */
public record OutputAudioCleared(String type, String eventId, String responseId)
    implements ServerEvent {}
