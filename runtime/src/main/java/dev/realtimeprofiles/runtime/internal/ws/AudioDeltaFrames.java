package dev.realtimeprofiles.runtime.internal.ws;

import dev.realtimeprofiles.runtime.event.ServerEvent;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * Audio deltas, most of a voice session's bytes, parsed with their base64 payload cut out before
 * the tokenizer sees it. Jackson reads a string char by char; here the payload is found with
 * {@link String#indexOf} and decoded by {@link Base64.Decoder}, both vectorised by the JIT (the
 * decoder's bytes are made in reused {@link PayloadBuffers}), and only the rest of the frame (ids
 * and indexes, some 150 chars) is parsed, as {@link EventFields} parses every event.
 *
 * <p>Safe because it proves what it assumes: the payload must be pure base64 (the decoder accepts
 * nothing else, so no quote or escape ends or hides inside it), and the parse of the rest must
 * find the emptied value exactly where it was cut, as the top-level {@code delta} of an audio
 * delta, once. Anything else (another event with a long {@code delta}, a payload with escapes, a
 * payload that is not Latin-1) returns {@code null} and the frame takes the ordinary path.
 */
final class AudioDeltaFrames {
  private static final String KEY = "\"delta\":\"";
  /** Payloads shorter than this are not worth it (and text deltas are short). */
  static final int MIN_PAYLOAD = 256;

  private AudioDeltaFrames() {}

  /** The audio delta {@code text} holds, or {@code null} to parse it the ordinary way. */
  static ServerEvent parse(String text) {
    if (text.length() < MIN_PAYLOAD) {
      return null;
    }
    int key = text.indexOf(KEY);
    if (key < 0) {
      return null;
    }
    int open = key + KEY.length() - 1;
    int close = text.indexOf('"', open + 1);
    if (close - open - 1 < MIN_PAYLOAD) {
      return null;
    }
    byte[] audio = decode(text, open + 1, close);
    if (audio == null) {
      return null;
    }
    int restLength = text.length() - (close - open - 1);
    char[] rest = new char[restLength];
    text.getChars(0, open + 1, rest, 0);
    text.getChars(close, text.length(), rest, open + 1);
    EventFields fields = ServerEventParser.read(rest, open);
    if (fields == null || fields.kind != EventKind.AUDIO_DELTA || !fields.cutDeltaFound
        || fields.cutDeltaMismatch) {
      return null;
    }
    fields.audio = audio;
    return EventRecords.of(fields, text);
  }

  /** The bytes {@code text[from, to)} encode, or {@code null} if it is not base64. */
  private static byte[] decode(String text, int from, int to) {
    PayloadBuffers buffers = PayloadBuffers.acquire();
    try {
      ByteBuffer latin1 = buffers.latin1(text, from, to);
      if (latin1 == null) {
        return null;
      }
      ByteBuffer decoded = Base64.getDecoder().decode(latin1);
      byte[] array = decoded.array();
      return decoded.arrayOffset() == 0 && decoded.remaining() == array.length
          ? array
          : Arrays.copyOfRange(array, decoded.arrayOffset(),
              decoded.arrayOffset() + decoded.remaining());
    } catch (IllegalArgumentException e) {
      return null;
    } finally {
      buffers.release();
    }
  }
}
