package dev.realtimeprofiles.runtime.internal.http;

import java.util.regex.Pattern;

/** Keeps API keys and client secrets out of messages: every text that leaves goes through here. */
public final class Redactor {

  /** {@code sk-...} API keys and {@code ek_...} client secrets, even in partial echoes. */
  private static final Pattern SECRET = Pattern.compile("\\b(sk-|ek_)[A-Za-z0-9_*.\\-]+");

  private static final int SNIPPET_LENGTH = 200;

  private final String apiKey;

  public Redactor(String apiKey) {
    this.apiKey = apiKey;
  }

  /** {@code text} with the API key and anything shaped like a key or secret replaced. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    if (apiKey != null && !apiKey.isEmpty()) {
      result = result.replace(apiKey, "<redacted>");
    }
    return SECRET.matcher(result).replaceAll("$1<redacted>");
  }

  /** The start of a body for a message: one line, control characters gone, redacted. */
  public String snippet(String body) {
    String oneLine = body.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
    String redacted = redact(oneLine);
    return redacted.length() <= SNIPPET_LENGTH
        ? redacted
        : redacted.substring(0, SNIPPET_LENGTH) + "...";
  }
}
