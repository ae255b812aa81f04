package dev.realtimeprofiles.runtime.internal.ws;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Scratch space to hand a base64 payload to {@link java.util.Base64.Decoder}, which reads bytes:
 * the payload's chars, and their Latin-1 bytes, made by the JDK's vectorised copy and encoder
 * instead of a fresh copy of the frame per audio delta. A few sets are shared by all threads
 * (not one per thread: a server may run a reader per connection, on virtual threads too), each
 * used by one parse at a time; a parse that finds its slot taken makes its own.
 */
final class PayloadBuffers {
  private static final int SLOTS = 8;
  /** Larger sets (a rare long payload) are dropped after use rather than kept. */
  private static final int MAX_KEPT_CHARS = 64 * 1024;
  private static final AtomicReferenceArray<PayloadBuffers> POOL =
      new AtomicReferenceArray<>(SLOTS);

  private char[] chars = new char[4096];
  private byte[] bytes = new byte[4096];
  private final CharsetEncoder latin1 =
      StandardCharsets.ISO_8859_1.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  private PayloadBuffers() {}

  /** A set for this thread to use, then {@link #release}. */
  static PayloadBuffers acquire() {
    PayloadBuffers buffers = POOL.getAndSet(slot(), null);
    return buffers != null ? buffers : new PayloadBuffers();
  }

  /** Hands the set back for the next parse. */
  void release() {
    if (chars.length <= MAX_KEPT_CHARS) {
      POOL.set(slot(), this);
    }
  }

  /**
   * The Latin-1 bytes of {@code text[from, to)} in a buffer from offset 0, or {@code null} if a
   * char is not Latin-1 (so not base64).
   */
  ByteBuffer latin1(String text, int from, int to) {
    int length = to - from;
    if (chars.length < length) {
      chars = new char[length];
      bytes = new byte[length];
    }
    text.getChars(from, to, chars, 0);
    ByteBuffer out = ByteBuffer.wrap(bytes, 0, length);
    latin1.reset();
    if (latin1.encode(CharBuffer.wrap(chars, 0, length), out, true).isError()) {
      return null;
    }
    return out.flip();
  }

  private static int slot() {
    return Thread.currentThread().hashCode() & (SLOTS - 1);
  }
}
