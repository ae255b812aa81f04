package dev.realtimeprofiles.runtime.event;

import dev.realtimeprofiles.runtime.internal.ws.AudioHandoff;
import java.util.Arrays;
import java.util.Objects;

/**
 * A piece of the model's spoken answer: GA {@code response.output_audio.delta}, beta {@code
 * response.audio.delta}. The audio is already decoded from base64, in the session's output format
 * (PCM 16-bit little-endian mono 24 kHz unless configured otherwise).
 *
 * @param type the event name as received
 * @param eventId the server's event id, or {@code null}
 * @param responseId the response it belongs to
 * @param itemId the message item it belongs to
 * @param outputIndex the item's index in the response's output
 * @param contentIndex the content part's index in the item
 * @param audio the decoded audio bytes; a fresh copy on every call
 */
public record AudioDelta(
    String type,
    String eventId,
    String responseId,
    String itemId,
    int outputIndex,
    int contentIndex,
    byte[] audio)
    implements ServerEvent {

  /** Copies {@code audio}, so the record stays immutable (the parser's own array excepted). */
  public AudioDelta {
    audio = AudioHandoff.isHandedOver(audio) ? audio : audio.clone();
  }

  /** The decoded audio bytes, a copy. */
  @Override
  public byte[] audio() {
    return audio.clone();
  }

  /** The number of audio bytes, without copying them. */
  public int audioLength() {
    return audio.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AudioDelta other
        && Objects.equals(type, other.type)
        && Objects.equals(eventId, other.eventId)
        && Objects.equals(responseId, other.responseId)
        && Objects.equals(itemId, other.itemId)
        && outputIndex == other.outputIndex
        && contentIndex == other.contentIndex
        && Arrays.equals(audio, other.audio);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, eventId, responseId, itemId, outputIndex, contentIndex)
        * 31
        + Arrays.hashCode(audio);
  }

  @Override
  public String toString() {
    return "AudioDelta[type=" + type + ", eventId=" + eventId + ", responseId=" + responseId
        + ", itemId=" + itemId + ", outputIndex=" + outputIndex + ", contentIndex=" + contentIndex
        + ", audio=" + audio.length + " bytes]";
  }
}
