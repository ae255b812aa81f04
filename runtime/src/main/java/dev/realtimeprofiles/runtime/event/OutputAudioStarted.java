package dev.realtimeprofiles.runtime.event;

/**
 * {@code output_audio_buffer.started} (WebRTC and SIP only): the server began streaming a
 * response's audio to the client.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response whose audio it is
 */
public record OutputAudioStarted(String type, String eventId, String responseId)
    implements ServerEvent {}
