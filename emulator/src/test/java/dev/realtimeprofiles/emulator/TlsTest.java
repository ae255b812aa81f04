package dev.realtimeprofiles.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.runtime.EphemeralSession;
import dev.realtimeprofiles.runtime.RealtimeClient;
import dev.realtimeprofiles.runtime.RealtimeConnection;
import dev.realtimeprofiles.runtime.RealtimeListener;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.event.TextDone;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tls(true)}: https and wss on loopback, trusted by Java, curl and Node through the emulator's root. */
class TlsTest {
  final RealtimeEmulator emulator = RealtimeEmulator.builder().tls(true).build().start();

  @TempDir Path temp;

  @AfterEach
  void close() {
    emulator.close();
  }

  /** An OkHttp client that trusts exactly {@code emulator}'s certificate. */
  static OkHttpClient trusting(RealtimeEmulator emulator) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {emulator.trustManager()}, null);
      return TestClient.HTTP.newBuilder()
          .sslSocketFactory(context.getSocketFactory(), emulator.trustManager())
          .build();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void urlsAreHttpsAndWss() {
    assertThat(emulator.baseUrl()).matches("https://127\\.0\\.0\\.1:\\d+/v1");
    assertThat(emulator.webSocketUrl()).matches("wss://127\\.0\\.0\\.1:\\d+/v1/realtime");
    assertThat(emulator.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----").contains("-----END CERTIFICATE-----");
  }

  @Test
  void plainEmulatorsHaveNoCertificate() {
    try (RealtimeEmulator plain = RealtimeEmulator.builder().build().start()) {
      assertThatThrownBy(plain::certificatePem).isInstanceOf(IllegalStateException.class).hasMessageContaining("tls(true)");
      assertThatThrownBy(plain::trustManager).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aJavaClientThatTrustsTheEmulatorMintsASecretAndOpensWss() {
    OkHttpClient http = trusting(emulator);
    TestClient.Answer answer = TestClient.post(http, emulator, "/realtime/client_secrets", "{}", emulator.apiKey());
    assertThat(answer.status()).isEqualTo(200);
    try (TestClient.Socket socket = new TestClient.Socket(http, emulator, "", answer.body().get("value").asText(), false)) {
      socket.awaitOpen();
      assertThat(socket.until("session.created").at("/session/type").asText()).isEqualTo("realtime");
    }
  }

  @Test
  void ourRuntimeRunsATextTurnOverTls() {
    emulator.script().reply("Hello", "Hi over TLS.");
    RealtimeClient client = RealtimeClient.builder().apiKey(emulator.apiKey()).baseUrl(emulator.baseUrl())
        .okHttpClient(trusting(emulator)).maxRetries(0).build();
    SessionConfig config = SessionConfig.builder().modalities(List.of(Modality.TEXT)).build();
    EphemeralSession secret = client.createClientSecret(config, Duration.ofMinutes(1));
    assertThat(secret.clientSecret().value()).startsWith("ek_");
    try (RealtimeConnection connection = client.connect(config, new RealtimeListener() {})) {
      connection.sendText("Hello");
      assertThat(connection.awaitEvent(TextDone.class, Duration.ofSeconds(10)).text()).isEqualTo("Hi over TLS.");
    }
  }

  @Test
  void aClientThatDoesNotTrustTheCertificateIsRefused() {
    assertThatThrownBy(() -> TestClient.post(emulator, "/realtime/client_secrets", "{}", emulator.apiKey()))
        .hasCauseInstanceOf(SSLHandshakeException.class);
  }

  @Test
  void curlTrustsItWithCacert() throws Exception {
    Assumptions.assumeTrue(onPath("curl"), "curl is not installed");
    Path pem = Files.writeString(temp.resolve("emulator.pem"), emulator.certificatePem());
    Result result = run(List.of("curl", "--silent", "--show-error", "--cacert", pem.toString(),
        "-H", "Authorization: Bearer " + emulator.apiKey(), "-H", "Content-Type: application/json",
        "-d", "{\"session\": {\"type\": \"realtime\", \"instructions\": \"curl\"}}",
        emulator.baseUrl() + "/realtime/client_secrets"), null);
    assertThat(result.exit()).as(result.output()).isZero();
    JsonNode body = TestClient.json(result.output());
    assertThat(body.get("value").asText()).startsWith("ek_");
    assertThat(body.at("/session/instructions").asText()).isEqualTo("curl");

    Result untrusted = run(List.of("curl", "--silent", "--show-error", "-d", "{}",
        emulator.baseUrl() + "/realtime/client_secrets"), null);
    assertThat(untrusted.exit()).isNotZero();
  }

  @Test
  void nodeTrustsItWithNodeExtraCaCertsOverHttpsAndWss() throws Exception {
    Assumptions.assumeTrue(onPath("node"), "node is not installed");
    Path pem = Files.writeString(temp.resolve("emulator.pem"), emulator.certificatePem());
    // Node's own https module: a REST call, then a WebSocket upgrade over TLS (wss).
    String script = """
        const https = require('https');
        const base = process.env.BASE;
        const auth = {Authorization: 'Bearer ' + process.env.KEY};
        const req = https.request(base + '/realtime/client_secrets', {method: 'POST',
            headers: {...auth, 'Content-Type': 'application/json'}}, res => {
          let body = '';
          res.on('data', d => body += d);
          res.on('end', () => {
            const secret = JSON.parse(body).value;
            const ws = https.request(base + '/realtime', {headers: {
                Authorization: 'Bearer ' + secret, Connection: 'Upgrade', Upgrade: 'websocket',
                'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ=='}});
            ws.on('upgrade', (r, socket) => { console.log('status ' + res.statusCode + ' upgrade ' + r.statusCode
                + ' ' + secret.slice(0, 3)); socket.destroy(); });
            ws.on('error', e => { console.log('error ' + e.code); process.exit(2); });
            ws.end();
          });
        });
        req.on('error', e => { console.log('error ' + e.code); process.exit(1); });
        req.end('{}');
        """;
    Path file = Files.writeString(temp.resolve("tls.js"), script);
    Result trusted = run(List.of("node", file.toString()), pem);
    assertThat(trusted.output().trim()).as(trusted.output()).isEqualTo("status 200 upgrade 101 ek_");
    assertThat(trusted.exit()).isZero();

    Result untrusted = run(List.of("node", file.toString()), null);
    assertThat(untrusted.output()).contains("error");
    assertThat(untrusted.exit()).isEqualTo(1);
  }

  record Result(int exit, String output) {}

  private Result run(List<String> command, Path extraCaCerts) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("BASE", emulator.baseUrl());
    builder.environment().put("KEY", emulator.apiKey());
    builder.environment().remove("NODE_EXTRA_CA_CERTS");
    if (extraCaCerts != null) {
      builder.environment().put("NODE_EXTRA_CA_CERTS", extraCaCerts.toString());
    }
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish in 20 s");
    }
    return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  static boolean onPath(String tool) {
    try {
      Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
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
