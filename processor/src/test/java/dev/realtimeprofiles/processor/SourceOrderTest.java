package dev.realtimeprofiles.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One profile's diagnostics come out in source order, whatever order the rules find them in. */
class SourceOrderTest {

  @Test
  void sixMistakesAreReportedTopToBottom() {
    JavaFileObject src = Profiles.agent(
        List.of(
            "api = Api.BETA",
            "inputAudioTranscription = @Transcription(language = \"english\")",
            "speed = 9.0",
            "turnDetection = @TurnDetection(\n      type = TurnDetectionType.SERVER_VAD,\n"
                + "      idleTimeoutMs = 1)",
            "modalities = Modality.AUDIO",
            "temperature = 3.0",
            "maxResponseOutputTokens = 0"),
        "@Tool(name = \"bad name\", description = \"A tool\")",
        "void tool();");
    Compilation c = Profiles.compile(src);
    assertThat(c).hadErrorCount(7);
    List<Long> lines = c.errors().stream().map(Diagnostic::getLineNumber).toList();
    assertThat(lines).isSorted().doesNotHaveDuplicates();
    // Every line but the annotation's own: one error per mistake, each where it is written.
    assertThat(lines).containsExactly(8L, 9L, 12L, 13L, 14L, 15L, 18L);
  }
}
