package dev.realtimeprofiles.emulator;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers. Everything but secrets is a counter, so that a test run sees the same ids every time;
 * secrets are random, as a bearer token must be.
 */
final class Ids {
  private final AtomicLong next = new AtomicLong();
  private final SecureRandom random = new SecureRandom();

  String next(String prefix) {
    return prefix + "_" + String.format("%04d", next.incrementAndGet());
  }

  String secret() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return "ek_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
