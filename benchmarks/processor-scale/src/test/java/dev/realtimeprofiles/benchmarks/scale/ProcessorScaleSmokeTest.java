package dev.realtimeprofiles.benchmarks.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated inputs are deterministic and valid Java that both processors accept. */
class ProcessorScaleSmokeTest {
  @Test
  void sourcesAreDeterministic() {
    assertEquals(ProfileSources.profiles(30), ProfileSources.profiles(30));
    assertEquals(ProfileSources.autoValues(30), ProfileSources.autoValues(30));
  }

  @Test
  void profilesMixFeatures() {
    String all = String.join("\n", ProfileSources.profiles(30).stream()
        .map(ProfileSources.Source::content).toList());
    for (String feature : List.of("SERVER_VAD", "SEMANTIC_VAD", "TurnDetectionType.NONE", "@Tool",
        "public record", "@Transcription", "NoiseReduction.", "maxResponseOutputTokens", "speed",
        "expiresAfterSeconds", "toolChoice = \"tool0\"", "java.util.List<String>")) {
      assertTrue(all.contains(feature), feature);
    }
  }

  @Test
  void runsOnceWithTinySettings(@TempDir Path work) throws Exception {
    ProcessorScale.main(new String[] {work.toString(), "--quick"});
  }
}
