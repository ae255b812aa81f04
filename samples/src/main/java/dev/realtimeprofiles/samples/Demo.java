package dev.realtimeprofiles.samples;

import dev.realtimeprofiles.emulator.RealtimeEmulator;
import dev.realtimeprofiles.runtime.EphemeralSession;
import dev.realtimeprofiles.runtime.RealtimeClient;
import dev.realtimeprofiles.runtime.RealtimeConnection;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * Creates sessions from the sample profiles, talks to the support agent and lets it call a tool.
 *
 * <p>With {@code OPENAI_API_KEY} unset it starts an embedded {@link RealtimeEmulator} and says so;
 * with a key it talks to the real API ({@code OPENAI_BASE_URL} honoured). Every wait is bounded;
 * a failure ends the program with exit code 1.
 */
public final class Demo {
  private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

  private Demo() {}

  public static void main(String[] args) {
    int status;
    try {
      run(System.getenv(), System.out);
      status = 0;
    } catch (RuntimeException e) {
      System.err.println("demo failed: " + e);
      status = 1;
    }
    // The emulator and OkHttp keep non-daemon threads alive for a while; end now.
    System.exit(status);
  }

  /** Runs the demo against the environment's API, or an embedded emulator without a key. */
  static void run(Map<String, String> environment, PrintStream out) {
    String key = environment.get("OPENAI_API_KEY");
    if (key != null && !key.isBlank()) {
      out.println("OPENAI_API_KEY is set: talking to the real Realtime API.");
      talk(RealtimeClient.fromEnvironment(), false, out);
      return;
    }
    try (RealtimeEmulator emulator = RealtimeEmulator.builder().build().start()) {
      out.println("OPENAI_API_KEY is not set: running against an embedded emulator at "
          + emulator.baseUrl());
      emulator
          .script()
          .reply("Hi, I'm Ann.", "Hello Ann! How can I help you today?")
          .callTool("Where is my order A-1017?", "lookupOrder", "{\"orderId\":\"A-1017\"}");
      RealtimeClient client =
          RealtimeClient.builder().apiKey(emulator.apiKey()).baseUrl(emulator.baseUrl()).build();
      talk(client, true, out);
    }
  }

  private static void talk(RealtimeClient client, boolean emulated, PrintStream out) {
    RealtimeSupportAgent agent = new RealtimeSupportAgent(client);

    out.println();
    out.println("1. Mint an ephemeral secret for a browser (GA POST /realtime/client_secrets):");
    EphemeralSession session = agent.create();
    out.println("   " + session.id() + ": " + session.clientSecret());

    out.println();
    out.println("2. Talk to the support agent over the WebSocket:");
    try (RealtimeConnection connection =
        agent.connect(new AcmeSupportTools(), new ConsoleListener(out))) {
      say(connection, "Hi, I'm Ann.", 1, out);
      // The model calls lookupOrder; the generated dispatcher runs AcmeSupportTools.lookupOrder
      // and sends its result back, and the model answers with it: two responses.
      say(connection, "Where is my order A-1017?", 2, out);
    }

    out.println();
    out.println("3. A parameterised profile: instructions filled from a record:");
    EphemeralSession help =
        new RealtimeOrderHelp(client).create(new OrderHelp("Ann", "A-1017", "English"));
    out.println("   " + help.id() + ": " + help.clientSecret());
    out.println("   instructions: " + help.session().path("instructions").asText());

    out.println();
    if (emulated) {
      out.println("4. The seed's beta call (POST /realtime/sessions):");
      EphemeralSession beta = new RealtimeLegacyVoiceAgent(client).create();
      out.println("   " + beta.id() + ": " + beta.clientSecret()
          + ", temperature " + beta.session().path("temperature").asText());
    } else {
      out.println("4. Skipped the seed's beta call: OpenAI has shut the beta Realtime API down.");
    }
  }

  private static void say(RealtimeConnection connection, String text, int responses, PrintStream out) {
    out.println("  -> user: " + text);
    connection.sendText(text);
    for (int i = 0; i < responses; i++) {
      ResponseDone done = connection.awaitEvent(ResponseDone.class, RESPONSE_TIMEOUT);
      if (!done.isCompleted()) {
        throw new IllegalStateException("the response ended " + done.status());
      }
    }
  }
}
