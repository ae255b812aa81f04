package dev.realtimeprofiles.runtime.event;

/**
 * {@code output_audio_buffer.stopped} (WebRTC and SIP only): the server's output audio buffer is
 * drained: no more audio of the response is coming (sent after {@code response.done}).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response whose audio it is
 */
public record OutputAudioStopped(String type, String eventId, String responseId)
    implements ServerEvent {}
