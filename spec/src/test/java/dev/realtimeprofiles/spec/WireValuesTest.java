package dev.realtimeprofiles.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.Eagerness;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.TurnDetectionType;
import dev.realtimeprofiles.Voice;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The annotations' enums are the single source of wire names for the processor and the runtime;
 * this proves each one is a value OpenAI's spec names, so a typo cannot reach a request.
 */
class WireValuesTest {
  private static JsonNode defs;

  @BeforeAll
  static void readSchemas() throws IOException {
    try (InputStream in =
        RealtimeSchemas.class.getResourceAsStream("openai-realtime-schemas.json")) {
      defs = new ObjectMapper().readTree(in).get("$defs");
    }
  }

  private static List<String> enumAt(String pointer) {
    JsonNode node = defs.at(pointer);
    assertThat(node.isArray()).as(pointer).isTrue();
    List<String> values = new ArrayList<>();
    node.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static <E extends Enum<E>> List<String> wire(E[] constants, Function<E, String> wire) {
    return Arrays.stream(constants).map(wire).filter(Objects::nonNull).toList();
  }

  @Test
  void everyModelIsOneTheGaSpecNames() {
    assertThat(enumAt("/RealtimeSessionCreateRequestGA/properties/model/anyOf/1/enum"))
        .containsAll(wire(Model.values(), Model::wireValue));
  }

  @Test
  void everyVoiceIsOneTheSpecNames() {
    assertThat(enumAt("/VoiceIdsShared/anyOf/1/enum"))
        .containsExactlyInAnyOrderElementsOf(wire(Voice.values(), Voice::wireValue));
  }

  @Test
  void modalitiesOfBothShapes() {
    List<String> ours = wire(Modality.values(), Modality::wireValue);
    assertThat(enumAt("/RealtimeSessionCreateRequestGA/properties/output_modalities/items/enum"))
        .containsExactlyInAnyOrderElementsOf(ours);
    assertThat(enumAt("/RealtimeSession/properties/modalities/items/enum"))
        .containsExactlyInAnyOrderElementsOf(ours);
  }

  @Test
  void audioFormatsOfBothShapes() {
    assertThat(enumAt("/RealtimeSession/properties/input_audio_format/enum"))
        .containsExactlyInAnyOrderElementsOf(wire(AudioFormat.values(), AudioFormat::wireValue));
    List<String> gaTypes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      gaTypes.addAll(enumAt("/RealtimeAudioFormats/anyOf/" + i + "/properties/type/enum"));
    }
    assertThat(gaTypes)
        .containsExactlyInAnyOrderElementsOf(wire(AudioFormat.values(), AudioFormat::gaType));
    assertThat(enumAt("/RealtimeAudioFormats/anyOf/0/properties/rate/enum"))
        .containsExactly(String.valueOf(AudioFormat.PCM_RATE));
  }

  @Test
  void turnDetectionTypesAndEagerness() {
    assertThat(defs.at("/RealtimeTurnDetection/anyOf/0/oneOf/0/properties/type/const").asText())
        .isEqualTo(TurnDetectionType.SERVER_VAD.wireValue());
    assertThat(defs.at("/RealtimeTurnDetection/anyOf/0/oneOf/1/properties/type/const").asText())
        .isEqualTo(TurnDetectionType.SEMANTIC_VAD.wireValue());
    assertThat(enumAt("/RealtimeTurnDetection/anyOf/0/oneOf/1/properties/eagerness/enum"))
        .containsExactlyInAnyOrderElementsOf(wire(Eagerness.values(), Eagerness::wireValue));
  }

  @Test
  void noiseReductionTypes() {
    assertThat(enumAt("/NoiseReductionType/enum"))
        .containsExactlyInAnyOrderElementsOf(
            wire(NoiseReduction.values(), NoiseReduction::wireValue));
  }
}
