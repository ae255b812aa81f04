package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.processor.model.ProfileModel;
import java.util.Arrays;
import java.util.stream.Collectors;

/** voice/voiceId and model/modelId: one of each pair; the escape hatches warn. */
final class VoiceAndModelRules {
  private VoiceAndModelRules() {}

  static void voice(ProfileModel p, ValidationReport.Builder report) {
    if (p.voice().explicit() && p.voiceId().explicit()) {
      report.report(Message.VOICE_AND_VOICE_ID, p.voiceId(), Texts.quote(p.voiceId().value()));
    } else if (p.voiceId().explicit()) {
      if (p.voiceId().value().isBlank()) {
        report.report(Message.VOICE_ID_EMPTY, p.voiceId());
      } else {
        report.report(Message.VOICE_ID_UNCHECKED, p.voiceId(), Texts.quote(p.voiceId().value()));
      }
    }
    if (p.voice().explicit() && p.targetApi() == Api.BETA && !p.voice().value().isInBeta()) {
      String beta =
          Arrays.stream(Voice.values())
              .filter(Voice::isInBeta)
              .map(Voice::name)
              .collect(Collectors.joining(", "));
      report.report(Message.VOICE_NOT_IN_BETA, p.voice(), p.voice().value().name(), beta);
    }
  }

  static void model(ProfileModel p, ValidationReport.Builder report) {
    if (p.model().explicit() && p.modelId().explicit()) {
      report.report(Message.MODEL_AND_MODEL_ID, p.modelId(), Texts.quote(p.modelId().value()));
    } else if (p.modelId().explicit()) {
      if (p.modelId().value().isBlank()) {
        report.report(Message.MODEL_ID_EMPTY, p.modelId());
      } else {
        report.report(Message.MODEL_ID_UNCHECKED, p.modelId(), Texts.quote(p.modelId().value()));
      }
    }
  }
}
