package dev.realtimeprofiles.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realtimeprofiles.spec.RealtimeSchemas;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {
  @Test
  void locationsBecomeDottedParams() {
    assertThat(SchemaCheck.param("$.session.audio.output.speed")).isEqualTo("session.audio.output.speed");
    assertThat(SchemaCheck.param("$.session.tools[0].name")).isEqualTo("session.tools[0].name");
    assertThat(SchemaCheck.param("/session/tools/0/name")).isEqualTo("session.tools[0].name");
    assertThat(SchemaCheck.param("/a~1b")).isEqualTo("a/b");
    assertThat(SchemaCheck.param("$")).isNull();
    assertThat(SchemaCheck.param("")).isNull();
  }

  @Test
  void firstViolationCarriesItsPath() {
    ApiError error = SchemaCheck.check(RealtimeSchemas.GA_SESSION,
        TestClient.json("{\"type\": \"realtime\", \"truncation\": 5}"));
    assertThat(error).isNotNull();
    assertThat(error.param()).isEqualTo("truncation");
    assertThat(error.status()).isEqualTo(400);
    assertThat(SchemaCheck.check(RealtimeSchemas.GA_SESSION, TestClient.json("{\"type\": \"realtime\"}"))).isNull();
  }

  @Test
  void valuesMatchingTwoBranchesOfASpecOneOfAreAccepted() {
    assertThat(RealtimeSchemas.bundled().validate("RealtimeClientEventResponseCreate",
        "{\"type\": \"response.create\", \"response\": {\"conversation\": \"none\"}}")).isNotEmpty();
    assertThat(SchemaCheck.check("RealtimeClientEventResponseCreate",
        TestClient.json("{\"type\": \"response.create\", \"response\": {\"conversation\": \"none\"}}"))).isNull();
  }

  @Test
  void underPrefixesTheParamAndTheMessage() {
    ApiError error = ApiError.aboveMax("audio.output.speed", 1.5, "3.0").under("session");
    assertThat(error.param()).isEqualTo("session.audio.output.speed");
    assertThat(error.message()).contains("'session.audio.output.speed'");
    assertThat(ApiError.invalidType("", "an object").under("session").param()).isEqualTo("session");
  }
}
