package dev.realtimeprofiles.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The npm {@code openai} package (its {@code OpenAIRealtimeWS} over {@code ws}, which always dials
 * {@code wss://}) against the emulator with {@code tls(true)}; each scenario is a run of {@code
 * src/test/node/conformance.mjs}. Skipped when {@code node} is missing or {@code npm ci} has not
 * installed {@code src/test/node/node_modules} (tests never reach the network themselves).
 */
class NpmOpenAiConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path NODE_DIR = Path.of(System.getProperty("conformance.node", "src/test/node"));

  @TempDir static Path temp;
  private static IsolatedEmulator emulator;
  private static Path certificate;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(nodeWorks(), "node is not installed");
    Assumptions.assumeTrue(Files.isDirectory(NODE_DIR.resolve("node_modules/openai")),
        "the npm openai package is not installed: run `npm ci` in " + NODE_DIR);
    emulator = IsolatedEmulator.start(true);
    certificate = Files.writeString(temp.resolve("emulator.pem"), emulator.certificatePem());
  }

  @AfterAll
  static void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test
  void aTextTurnWithAnEkSecretOverWss() throws Exception {
    emulator.reply("Where is my order?", "It shipped yesterday.");
    JsonNode result = run("text");
    assertTrue(result.get("url").asText().startsWith("wss://127.0.0.1:"), result.toString());
    assertEquals("ek_", result.get("secret").asText());
    assertEquals("Be brief.", result.get("instructions").asText());
    assertEquals("It shipped yesterday.", result.get("text").asText());
    assertEquals("completed", result.get("status").asText());
    List<String> types = strings(result.get("types"));
    assertEquals(List.of("session.created", "conversation.created"), types.subList(0, 2));
    assertTrue(types.indexOf("rate_limits.updated") == types.indexOf("response.created") + 1, types.toString());
  }

  @Test
  void aFunctionCallRoundTrip() throws Exception {
    emulator.callTool("Where is my order A-1017?", "lookupOrder", "{\"orderId\":\"A-1017\"}");
    JsonNode result = run("tool");
    assertEquals("lookupOrder", result.get("name").asText());
    assertEquals("{\"orderId\":\"A-1017\"}", result.get("arguments").asText());
    assertEquals("Tool lookupOrder said: {\"status\":\"shipped\"}", result.get("answer").asText());
  }

  @Test
  void errorEventsReachTheErrorListener() throws Exception {
    emulator.failNext("response.create", "server_error", null, "The server had an error.");
    JsonNode result = run("error");
    JsonNode rejected = result.at("/errors/0");
    assertEquals("invalid_request_error", rejected.get("type").asText());
    assertEquals("session.audio.output.speed", rejected.get("param").asText());
    assertEquals("evt_speed", rejected.get("event_id").asText());
    JsonNode failed = result.at("/errors/1");
    assertEquals("server_error", failed.get("type").asText());
    assertEquals("evt_fail", failed.get("event_id").asText());
    assertTrue(failed.get("code").isNull());
    assertTrue(failed.get("message").asText().startsWith("The server had an error."), failed.toString());
    assertEquals("completed", result.get("status").asText());
  }

  @Test
  void speechWithServerVadIsATurn() throws Exception {
    emulator.transcribeAudioAs("Where is my order?");
    emulator.reply("Where is my order?", "It shipped.");
    JsonNode result = run("voice");
    List<String> types = strings(result.get("types"));
    List<String> expected = List.of("input_audio_buffer.speech_started", "input_audio_buffer.speech_stopped",
        "input_audio_buffer.committed", "conversation.item.input_audio_transcription.completed",
        "response.created", "response.done");
    int at = -1;
    for (String type : expected) {
      int next = types.indexOf(type);
      assertTrue(next > at, type + " in order in " + types);
      at = next;
    }
    assertEquals("It shipped.", result.get("transcript").asText());
  }

  @Test
  void aTranscriptionSessionStreamsDeltasThenTheTranscript() throws Exception {
    emulator.transcribeAudioAs("Where is my order?");
    JsonNode result = run("transcription");
    assertEquals("transcription", result.get("sessionType").asText());
    assertEquals("transcription", result.get("createdType").asText());
    assertEquals("Where is my order?", result.get("deltas").asText());
    assertEquals("Where is my order?", result.get("transcript").asText());
    assertTrue(!strings(result.get("types")).contains("response.created"), result.toString());
  }

  private static JsonNode run(String scenario) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("node", "conformance.mjs", scenario)
        .directory(NODE_DIR.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("OPENAI_BASE_URL", emulator.baseUrl());
    builder.environment().put("OPENAI_API_KEY", emulator.apiKey());
    builder.environment().put("NODE_EXTRA_CA_CERTS", certificate.toString());
    builder.environment().put("SPEECH", System.getProperty("conformance.speech"));
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "node did not finish");
    String[] lines = out.trim().split("\n");
    JsonNode result = JSON.readTree(lines[lines.length - 1]);
    assertEquals(0, process.exitValue(), out);
    return result;
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(node -> list.add(node.asText()));
    return list;
  }

  private static boolean nodeWorks() {
    try {
      Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
