package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.realtimeprofiles.emulator.RealtimeEmulator;
import dev.realtimeprofiles.runtime.EphemeralSession;
import dev.realtimeprofiles.runtime.RealtimeClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What a user of the published artifacts sees: run with only what our POMs bring (no parent
 * manages a version here), the emulator in test scope.
 */
class ConsumerTest {

  /**
   * The emulator's schema validator logs through SLF4J; this project has no SLF4J provider, which
   * SLF4J 2 reports on first use ("SLF4J(W): No SLF4J providers were found"). The whole first use
   * of the emulator, the stub and the validator writes nothing to standard error.
   */
  @Test
  void aSessionAgainstTheEmulatorPrintsNoLoggerWarning() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    EphemeralSession session;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (RealtimeEmulator emulator = RealtimeEmulator.builder().build().start()) {
      RealtimeClient client =
          RealtimeClient.builder().apiKey(emulator.apiKey()).baseUrl(emulator.baseUrl()).build();
      session = new RealtimeSupportAgent(client).create();
      new RealtimeOrderHelp(client).create(new OrderHelp("Ann", "A-1017"));
      assertTrue(
          emulator.receivedRequests().size() >= 2, "the emulator saw " + emulator.receivedRequests());
    } finally {
      System.setErr(original);
    }
    assertTrue(session.clientSecret().value().startsWith("ek_"), "an ek_ secret");
    assertEquals("", captured.toString(StandardCharsets.UTF_8), "nothing on standard error");
  }

  /**
   * Every Jackson module on the class path reports the same version: the emulator's JSON-schema
   * validator brings jackson-dataformat-yaml, whose version must follow the runtime's Jackson.
   */
  @Test
  void oneJacksonVersionAtRunTime() throws Exception {
    Map<String, String> versions = new TreeMap<>();
    for (String module :
        new String[] {
          "com.fasterxml.jackson.core.json",
          "com.fasterxml.jackson.databind.cfg",
          "com.fasterxml.jackson.datatype.jdk8",
          "com.fasterxml.jackson.dataformat.yaml"
        }) {
      Object version = Class.forName(module + ".PackageVersion").getField("VERSION").get(null);
      versions.put(module, version.toString());
    }
    assertEquals(1, versions.values().stream().distinct().count(), versions.toString());
  }
}
