package dev.realtimeprofiles.runtime.event;

/**
 * {@code input_audio_buffer.dtmf_event_received} (SIP calls only): the caller pressed a key of
 * the telephone keypad. The spec's schema gives this event no {@code event_id}.
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null} (the usual case)
 * @param key the key pressed: {@code 0}-{@code 9}, {@code *}, {@code #}, {@code A}-{@code D}
 * @param receivedAt when the server received it, in Unix seconds
 */
public record DtmfReceived(String type, String eventId, String key, long receivedAt)
    implements ServerEvent {}
