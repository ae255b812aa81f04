package dev.realtimeprofiles.runtime.internal.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.TestConfigs;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import org.junit.jupiter.api.Test;

class ClientEventsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RealtimeSchemas SCHEMAS = RealtimeSchemas.bundled();

  @Test
  void gaSessionUpdatesOfEveryKindOfConfigMatchTheSpec() throws Exception {
    for (SessionConfig config :
        new SessionConfig[] {
          TestConfigs.fullGa(), TestConfigs.off(Api.GA), SessionConfig.builder().build()
        }) {
      String json = ClientEvents.sessionUpdate("evt_7", config);
      assertThat(SCHEMAS.validate(RealtimeSchemas.GA_CLIENT_EVENT, json)).as(json).isEmpty();
      JsonNode event = JSON.readTree(json);
      assertThat(event.get("session").get("type").asText()).isEqualTo("realtime");
      assertThat(event.get("session").has("model")).isFalse();
    }
    JsonNode off = JSON.readTree(ClientEvents.sessionUpdate("evt_1", TestConfigs.off(Api.GA)));
    assertThat(off.at("/session/audio/input/turn_detection").isNull()).isTrue();
    assertThat(off.at("/session/audio/input/noise_reduction").isNull()).isTrue();
  }

  @Test
  void betaSessionUpdatesCarryTheFlatSession() throws Exception {
    for (SessionConfig config :
        new SessionConfig[] {TestConfigs.fullBeta(), TestConfigs.off(Api.BETA)}) {
      JsonNode event = JSON.readTree(ClientEvents.sessionUpdate("evt_2", config));
      assertThat(event.get("type").asText()).isEqualTo("session.update");
      assertThat(event.get("event_id").asText()).isEqualTo("evt_2");
      assertThat(SCHEMAS.validate(RealtimeSchemas.BETA_SESSION, event.get("session")))
          .as(event.toString())
          .isEmpty();
      assertThat(event.get("session").has("model")).isFalse();
    }
  }

  @Test
  void typeAndEventIdComeFirst() {
    assertThat(ClientEvents.bare("response.create", "evt_3"))
        .isEqualTo("{\"type\":\"response.create\",\"event_id\":\"evt_3\"}");
    assertThat(ClientEvents.appendAudio("evt_4", new byte[] {1, 2, 3}))
        .isEqualTo("{\"type\":\"input_audio_buffer.append\",\"event_id\":\"evt_4\",\"audio\":\"AQID\"}");
  }

  @Test
  void errorOutputsAreJsonEvenForAwkwardMessages() throws Exception {
    String output = ClientEvents.errorOutput("bad \"quote\"\nand newline");
    assertThat(JSON.readTree(output).get("error").asText()).isEqualTo("bad \"quote\"\nand newline");
  }
}
