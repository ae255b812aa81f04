package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.processor.model.ProfileModel;
import dev.realtimeprofiles.processor.model.TranscriptionModel;
import java.util.List;
import java.util.regex.Pattern;

/** AudioTranscription: ISO-639-1 language; a known model, else a warning. */
final class TranscriptionRule implements Rule {
  /** The models AudioTranscription.model lists in openapi.yaml. */
  static final List<String> KNOWN_MODELS =
      List.of(
          "whisper-1",
          "gpt-transcribe",
          "gpt-live-transcribe",
          "gpt-4o-mini-transcribe",
          "gpt-4o-mini-transcribe-2025-12-15",
          "gpt-4o-transcribe",
          "gpt-4o-transcribe-diarize",
          "gpt-realtime-whisper");

  private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

  @Override
  public void check(ProfileModel p, ValidationReport.Builder report) {
    TranscriptionModel t = p.inputAudioTranscription().value();
    if (t.language().explicit() && !ISO_639_1.matcher(t.language().value()).matches()) {
      report.report(Message.TRANSCRIPTION_LANGUAGE, t.language(), Texts.quote(t.language().value()));
    }
    if (t.model().explicit()) {
      String model = t.model().value();
      if (model.isBlank()) {
        report.report(Message.TRANSCRIPTION_MODEL_EMPTY, t.model(), String.join(", ", KNOWN_MODELS));
      } else if (!KNOWN_MODELS.contains(model)) {
        report.report(Message.TRANSCRIPTION_MODEL_UNKNOWN, t.model(), Texts.quote(model),
            String.join(", ", KNOWN_MODELS));
      }
    }
  }
}
