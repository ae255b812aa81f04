package dev.realtimeprofiles.benchmarks.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one profile both sides build (the README's support agent, GA shape) and the one answer the
 * loopback server gives, so that every comparison is over the same bytes.
 */
public final class Fixtures {
  public static final String MODEL = "gpt-realtime";
  public static final String VOICE = "ash";
  public static final String INSTRUCTIONS = "You are the support agent of Acme. Be brief.";
  public static final int SILENCE_DURATION_MS = 400;
  public static final String TRANSCRIPTION_MODEL = "gpt-4o-mini-transcribe";
  public static final String TRANSCRIPTION_LANGUAGE = "en";
  public static final String TOOL_NAME = "lookupOrder";
  public static final String TOOL_DESCRIPTION = "Look up the status of an order";
  public static final String PARAM_NAME = "orderId";
  public static final String PARAM_DESCRIPTION = "order number, like A-1017";

  /** Not a secret: the loopback server accepts anything. */
  public static final String API_KEY = "sk-bench-loopback-only";
  /** Base path both clients are pointed at; the server answers {@link #CLIENT_SECRETS_PATH} under it. */
  public static final String BASE_PATH = "/v1";
  public static final String CLIENT_SECRETS_PATH = BASE_PATH + "/realtime/client_secrets";
  /** The secret value in {@link #clientSecretResponse()}, so callers can check they parsed it. */
  public static final String RESPONSE_SECRET = "ek_68af296e8e408191a1120ab6383263c2";

  private Fixtures() {}

  /** The GA {@code POST /realtime/client_secrets} body for the support agent (pretty-printed). */
  public static byte[] expectedGaRequest() {
    return resource("support-agent-ga-request.json");
  }

  /** A {@code RealtimeCreateClientSecretResponse} for the support agent, from the spec's example. */
  public static byte[] clientSecretResponse() {
    return resource("client-secret-response.json");
  }

  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
