package dev.realtimeprofiles.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the README's demo end to end against the embedded emulator, as a fresh clone would. */
class DemoTest {

  @Test
  void theDemoCreatesSessionsTalksAndDispatchesAToolCall() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(output)
        .contains("OPENAI_API_KEY is not set: running against an embedded emulator at http://127.0.0.1:")
        // the GA session was created and its secret is redacted
        .containsPattern(Pattern.compile("sess_\\w+: ClientSecret\\{value=<redacted>, expiresAt="))
        .doesNotContain("ek_")
        // the scripted reply arrived
        .contains("<- assistant (audio transcript): Hello Ann! How can I help you today?")
        // the model's function call ran AcmeSupportTools.lookupOrder through the generated
        // dispatcher, and the model answered with its result
        .contains("<- response.done: completed (the model calls lookupOrder)")
        .contains(".. dispatching lookupOrder {\"orderId\":\"A-1017\"} to the tools")
        .contains("Tool lookupOrder said: {\"orderId\":\"A-1017\",\"stage\":\"SHIPPED\",\"eta\":\"tomorrow\"}")
        // the record profile's template was filled
        .contains("instructions: You help Ann with order A-1017. Answer in English.")
        // the seed's beta call carried its temperature
        .contains(", temperature 0.7");
  }
}
