package dev.realtimeprofiles.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.Eagerness;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.emulator.RealtimeEmulator;
import dev.realtimeprofiles.emulator.RealtimeEmulatorExtension;
import dev.realtimeprofiles.emulator.ReceivedRequest;
import dev.realtimeprofiles.runtime.AuthenticationException;
import dev.realtimeprofiles.runtime.BadRequestException;
import dev.realtimeprofiles.runtime.EphemeralSession;
import dev.realtimeprofiles.runtime.RealtimeClient;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.ToolChoice;
import dev.realtimeprofiles.runtime.TranscriptionConfig;
import dev.realtimeprofiles.runtime.TurnDetectionConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real {@link RealtimeClient}'s REST calls against the real emulator, over loopback. */
class SessionCreationTest {
  @RegisterExtension final RealtimeEmulatorExtension extension = new RealtimeEmulatorExtension();

  private static RealtimeClient client(RealtimeEmulator emulator) {
    return RealtimeClient.builder()
        .apiKey(emulator.apiKey())
        .baseUrl(emulator.baseUrl())
        .maxRetries(0)
        .timeout(Profiles.WAIT)
        .build();
  }

  @Test
  void gaClientSecretForARichConfig(RealtimeEmulator emulator) {
    Instant before = Instant.now();
    EphemeralSession s =
        client(emulator).createClientSecret(Profiles.richGa(Modality.AUDIO), Duration.ofMinutes(5));

    assertThat(s.api()).isEqualTo(Api.GA);
    assertThat(s.clientSecret().value()).startsWith("ek_");
    assertThat(s.clientSecret().toString()).doesNotContain(s.clientSecret().value());
    assertThat(s.expiresAt())
        .isBetween(before.plusSeconds(299), Instant.now().plusSeconds(301));
    assertThat(s.id()).startsWith("sess");
    JsonNode session = s.session();
    assertThat(session.path("type").asText()).isEqualTo("realtime");
    assertThat(session.path("model").asText()).isEqualTo("gpt-realtime");
    assertThat(session.path("output_modalities").toString()).isEqualTo("[\"audio\"]");
    assertThat(session.at("/audio/output/voice").asText()).isEqualTo("marin");
    assertThat(session.at("/audio/output/speed").asDouble()).isEqualTo(1.25);
    assertThat(session.at("/audio/output/format/type").asText()).isEqualTo("audio/pcmu");
    assertThat(session.at("/audio/input/format/type").asText()).isEqualTo("audio/pcm");
    assertThat(session.at("/audio/input/turn_detection").isNull()).isTrue();
    assertThat(session.at("/audio/input/noise_reduction").isNull()).isTrue();
    assertThat(session.at("/audio/input/transcription/language").asText()).isEqualTo("en");
    assertThat(session.path("max_output_tokens").asText()).isEqualTo("inf");
    assertThat(session.path("tools").size()).isEqualTo(2);
    assertThat(session.path("tool_choice").asText()).isEqualTo("auto");

    ReceivedRequest request = emulator.receivedRequests().get(0);
    assertThat(request.path()).endsWith("/realtime/client_secrets");
    assertThat(request.body()).contains("\"seconds\":300", "\"tracing\":\"auto\"");
  }

  @Test
  void gaClientSecretWithTheOtherValuesAndTheConfigsOwnExpiry(RealtimeEmulator emulator)
      throws Exception {
    EphemeralSession s =
        client(emulator).createClientSecretAsync(Profiles.vadGa()).get(5, TimeUnit.SECONDS);

    JsonNode session = s.session();
    assertThat(session.at("/audio/input/turn_detection/type").asText()).isEqualTo("server_vad");
    assertThat(session.at("/audio/input/turn_detection/idle_timeout_ms").asInt()).isEqualTo(6000);
    assertThat(session.at("/audio/input/noise_reduction/type").asText()).isEqualTo("near_field");
    assertThat(session.at("/tool_choice/name").asText()).isEqualTo("lookupOrder");
    assertThat(session.path("max_output_tokens").asInt()).isEqualTo(1024);
    // no expiresAfterSeconds in the config and no ttl: the server's default, 10 minutes
    assertThat(s.expiresAt()).isBetween(Instant.now().plusSeconds(590), Instant.now().plusSeconds(601));

    SessionConfig richOwnExpiry = Profiles.richGa(Modality.TEXT); // expiresAfterSeconds(600)
    client(emulator).createClientSecret(richOwnExpiry);
    assertThat(emulator.receivedRequests().get(1).body()).contains("\"seconds\":600");
  }

  @Test
  void betaSessionForARichConfig(RealtimeEmulator emulator) {
    EphemeralSession s = client(emulator).createSession(Profiles.richBeta(Modality.AUDIO, Modality.TEXT));

    assertThat(s.api()).isEqualTo(Api.BETA);
    assertThat(s.clientSecret().value()).startsWith("ek_");
    assertThat(s.expiresAt()).isAfter(Instant.now());
    JsonNode session = s.session();
    assertThat(session.has("client_secret")).isFalse();
    assertThat(session.path("voice").asText()).isEqualTo("ash");
    assertThat(session.path("temperature").asDouble()).isEqualTo(0.7);
    assertThat(session.path("max_response_output_tokens").asText()).isEqualTo("inf");
    assertThat(session.at("/turn_detection/eagerness").asText()).isEqualTo("high");
    assertThat(session.path("tool_choice").asText()).isEqualTo("required");
    assertThat(emulator.receivedRequests().get(0).path()).endsWith("/realtime/sessions");

    EphemeralSession off = client(emulator).createSession(Profiles.offBeta());
    assertThat(off.session().path("turn_detection").isNull()).isTrue();
    assertThat(off.session().path("input_audio_noise_reduction").isNull()).isTrue();
  }

  @Test
  void aSpeedTheRuntimeLetsThroughIsABadRequestNamingTheParam(RealtimeEmulator emulator) {
    SessionConfig tooFast = Profiles.vadGa().withSpeed(3.0);

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class,
            () -> client(emulator).createClientSecret(tooFast, Duration.ofMinutes(1)));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.param()).isEqualTo("session.audio.output.speed");
    assertThat(e.type()).isEqualTo("invalid_request_error");
    assertThat(e.getMessage()).contains("speed");
  }

  @Test
  void aBetaSpeedThroughExtraIsABadRequestNamingTheParam(RealtimeEmulator emulator) {
    SessionConfig viaExtra = Profiles.offBeta().withExtra("{\"speed\":3.0}");

    BadRequestException e =
        catchThrowableOfType(BadRequestException.class, () -> client(emulator).createSession(viaExtra));

    assertThat(e.param()).isEqualTo("speed");
  }

  @Test
  void anUnknownFieldThroughExtraIsABadRequestNamingIt(RealtimeEmulator emulator) {
    SessionConfig unknown = Profiles.vadGa().withExtra("{\"temperature\":0.8}");

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class, () -> client(emulator).createClientSecret(unknown));

    assertThat(e.param()).isEqualTo("session.temperature");
  }

  @Test
  void valuesTheRuntimeLetsThroughButTheApiForbidsAreBadRequestsNamingTheParam(
      RealtimeEmulator emulator) {
    RealtimeClient client = client(emulator);
    SessionConfig ga = SessionConfig.builder().build();
    SessionConfig beta = SessionConfig.builder().api(Api.BETA).build();
    java.util.Map<String, SessionConfig> cases = new java.util.LinkedHashMap<>();
    cases.put("session.output_modalities", ga.withModalities(Modality.AUDIO, Modality.TEXT));
    cases.put("modalities", beta.withModalities(Modality.AUDIO));
    cases.put("session.max_output_tokens", ga.withMaxResponseOutputTokens(4097));
    cases.put("session.audio.input.turn_detection.idle_timeout_ms",
        ga.withTurnDetection(TurnDetectionConfig.serverVad().withIdleTimeoutMs(1000)));
    cases.put("session.audio.input.turn_detection.threshold",
        ga.withTurnDetection(TurnDetectionConfig.serverVad().withThreshold(1.5)));
    cases.put("session.audio.input.turn_detection.eagerness",
        ga.withTurnDetection(TurnDetectionConfig.serverVad().withEagerness(Eagerness.LOW)));
    cases.put("session.audio.input.transcription.language",
        ga.withInputAudioTranscription(TranscriptionConfig.builder().language("english").build()));
    cases.put("session.tool_choice.name", ga.withToolChoice(ToolChoice.function("nowhere")));
    cases.put("tool_choice", beta.withToolChoice(ToolChoice.function("nowhere")));
    cases.put("voice", beta.withVoice(Voice.MARIN.wireValue()));
    cases.put("temperature", beta.withTemperature(0.5));
    cases.put("session.audio.output.voice", ga.withVoice("nobody"));
    cases.put("expires_after.seconds", ga.withExpiresAfterSeconds(7201));

    for (java.util.Map.Entry<String, SessionConfig> c : cases.entrySet()) {
      SessionConfig config = c.getValue();
      BadRequestException e =
          catchThrowableOfType(
              BadRequestException.class,
              () -> {
                if (config.api() == Api.GA) {
                  client.createClientSecret(config);
                } else {
                  client.createSession(config);
                }
              });
      assertThat(e).as(c.getKey()).isNotNull();
      assertThat(e.param()).as(c.getKey()).isEqualTo(c.getKey());
      assertThat(e.requestId()).as(c.getKey()).startsWith("req");
      assertThat(e.getMessage()).as(c.getKey()).contains(c.getKey().replaceFirst("^.*\\.", ""));
    }
  }

  @Test
  void aWrongKeyIsAnAuthenticationErrorThatNeverShowsTheKey(RealtimeEmulator emulator) {
    String wrongKey = "sk-wrong-0123456789abcdefghijklmnopqrstuvwxyz";
    RealtimeClient client =
        RealtimeClient.builder().apiKey(wrongKey).baseUrl(emulator.baseUrl()).maxRetries(0).build();

    AuthenticationException ga =
        catchThrowableOfType(
            AuthenticationException.class,
            () -> client.createClientSecret(Profiles.vadGa(), Duration.ofMinutes(1)));
    AuthenticationException beta =
        catchThrowableOfType(
            AuthenticationException.class, () -> client.createSession(Profiles.offBeta()));

    for (AuthenticationException e : new AuthenticationException[] {ga, beta}) {
      assertThat(e.statusCode()).isEqualTo(401);
      assertThat(e.getMessage()).doesNotContain(wrongKey).doesNotContain("0123456789abcdef");
      assertThat(e.toString()).doesNotContain(wrongKey);
    }
    assertThatThrownBy(() -> client.createSession(Profiles.offBeta()))
        .hasMessageNotContaining(wrongKey.substring(3));
  }
}
