package dev.realtimeprofiles.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realtimeprofiles.runtime.SessionRequest;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import org.junit.jupiter.api.Test;

/** Each sample's request, as generated at compile time, is one the API's own schemas accept. */
class SampleRequestBodiesTest {
  private final RealtimeSchemas schemas = RealtimeSchemas.bundled();

  @Test
  void supportAgentSendsAValidGaBodyThatTheRuntimeWouldWriteToo() {
    assertThat(RealtimeSupportAgent.REQUEST_BODY)
        .isEqualTo(SessionRequest.of(RealtimeSupportAgent.CONFIG).body());
    assertThat(
            schemas.validate(
                RealtimeSchemas.GA_CLIENT_SECRET_REQUEST, RealtimeSupportAgent.REQUEST_BODY))
        .isEmpty();
  }

  @Test
  void legacyVoiceAgentSendsAValidBetaBody() {
    assertThat(RealtimeLegacyVoiceAgent.REQUEST_BODY)
        .isEqualTo(SessionRequest.of(RealtimeLegacyVoiceAgent.CONFIG).body())
        .contains("\"temperature\":0.7", "\"max_response_output_tokens\":1024");
    assertThat(
            schemas.validate(RealtimeSchemas.BETA_SESSION, RealtimeLegacyVoiceAgent.REQUEST_BODY))
        .isEmpty();
  }

  @Test
  void orderHelpFillsItsTemplateIntoAValidGaBody() {
    String body =
        SessionRequest.of(RealtimeOrderHelp.config(new OrderHelp("Ann \"A.\"", "A-1017", "French")))
            .body();
    assertThat(body).contains("You help Ann \\\"A.\\\" with order A-1017. Answer in French.");
    assertThat(schemas.validate(RealtimeSchemas.GA_CLIENT_SECRET_REQUEST, body)).isEmpty();
  }
}
