package dev.realtimeprofiles.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RealtimeSchemasTest {
  private final RealtimeSchemas schemas = RealtimeSchemas.bundled();

  @Test
  void bundlesTheSchemasThisProjectChecksAgainst() {
    assertThat(schemas.schemaNames())
        .contains(
            RealtimeSchemas.GA_CLIENT_SECRET_REQUEST,
            RealtimeSchemas.GA_SESSION,
            RealtimeSchemas.GA_CLIENT_SECRET_RESPONSE,
            RealtimeSchemas.BETA_SESSION,
            RealtimeSchemas.BETA_SESSION_RESPONSE,
            RealtimeSchemas.GA_CLIENT_EVENT,
            RealtimeSchemas.GA_SERVER_EVENT);
  }

  @Test
  void acceptsAGaClientSecretRequest() {
    String body =
        """
        {"expires_after": {"anchor": "created_at", "seconds": 600},
         "session": {"type": "realtime", "model": "gpt-realtime", "output_modalities": ["audio"],
                     "audio": {"input": {"format": {"type": "audio/pcm", "rate": 24000},
                                         "noise_reduction": null,
                                         "turn_detection": {"type": "server_vad", "threshold": 0.5}},
                               "output": {"format": {"type": "audio/pcmu"}, "voice": "ash", "speed": 1.1}},
                     "max_output_tokens": "inf"}}
        """;
    assertThat(schemas.validate(RealtimeSchemas.GA_CLIENT_SECRET_REQUEST, body)).isEmpty();
  }

  @Test
  void acceptsTurnDetectionOffAsNull() {
    String body =
        """
        {"session": {"type": "realtime", "audio": {"input": {"turn_detection": null}}}}
        """;
    assertThat(schemas.validate(RealtimeSchemas.GA_CLIENT_SECRET_REQUEST, body)).isEmpty();
  }

  @Test
  void rejectsAGaSessionWithAWrongType() {
    String body =
        """
        {"session": {"type": "realtime", "output_modalities": ["video"]}}
        """;
    assertThat(schemas.validate(RealtimeSchemas.GA_SESSION, "{\"type\": \"realtime\", \"output_modalities\": [\"video\"]}"))
        .isNotEmpty()
        .anySatisfy(problem -> assertThat(problem).contains("output_modalities"));
    assertThat(schemas.validate(RealtimeSchemas.GA_CLIENT_SECRET_REQUEST, body)).isNotEmpty();
  }

  @Test
  void rejectsAnExpiryOutOfRange() {
    String body = "{\"expires_after\": {\"anchor\": \"created_at\", \"seconds\": 5}}";
    assertThat(schemas.validate(RealtimeSchemas.GA_CLIENT_SECRET_REQUEST, body))
        .anySatisfy(problem -> assertThat(problem).contains("seconds"));
  }

  @Test
  void acceptsTheSeedsBetaBody() {
    String body =
        """
        {"model": "gpt-4o-realtime-preview-2024-12-17", "modalities": ["audio", "text"],
         "voice": "verse", "instructions": "Be brief.", "input_audio_format": "pcm16",
         "output_audio_format": "g711_ulaw", "input_audio_transcription": {"model": "whisper-1"},
         "turn_detection": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300,
                            "silence_duration_ms": 500, "create_response": true},
         "tools": [{"type": "function", "name": "lookup", "description": "Look up",
                    "parameters": {"type": "object", "properties": {}}}],
         "tool_choice": "auto", "temperature": 0.8, "max_response_output_tokens": 4096}
        """;
    assertThat(schemas.validate(RealtimeSchemas.BETA_SESSION, body)).isEmpty();
  }

  @Test
  void rejectsAnUnknownBetaAudioFormat() {
    String body = "{\"input_audio_format\": \"mp3\"}";
    assertThat(schemas.validate(RealtimeSchemas.BETA_SESSION, body))
        .anySatisfy(problem -> assertThat(problem).contains("input_audio_format"));
  }

  @Test
  void acceptsAServerEventAndRejectsAnUnknownOne() {
    String known =
        "{\"type\": \"response.output_text.delta\", \"event_id\": \"e1\", \"response_id\": \"r1\","
            + " \"item_id\": \"i1\", \"output_index\": 0, \"content_index\": 0, \"delta\": \"Hi\"}";
    assertThat(schemas.validate(RealtimeSchemas.GA_SERVER_EVENT, known)).isEmpty();
    assertThat(schemas.validate(RealtimeSchemas.GA_SERVER_EVENT, "{\"type\": \"no.such.event\"}"))
        .isNotEmpty();
  }

  @Test
  void refusesWhatItCannotCheck() {
    assertThatThrownBy(() -> schemas.validate("NoSuchSchema", "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NoSuchSchema");
    assertThatThrownBy(() -> schemas.validate(RealtimeSchemas.GA_SESSION, "{not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not JSON");
  }
}
