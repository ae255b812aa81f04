package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.processor.model.Attr;
import dev.realtimeprofiles.processor.model.ProfileModel;
import java.util.Arrays;
import java.util.stream.Collectors;

/** voice/voiceId and model/modelId: one of each pair; the escape hatches warn. */
final class VoiceAndModelRules {
  private VoiceAndModelRules() {}

  static void voice(ProfileModel p, ValidationReport.Builder report) {
    enumOrId(p.voice(), p.voiceId(), Message.VOICE_AND_VOICE_ID, Message.VOICE_ID_EMPTY,
        Message.VOICE_ID_UNCHECKED, report);
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
    enumOrId(p.model(), p.modelId(), Message.MODEL_AND_MODEL_ID, Message.MODEL_ID_EMPTY,
        Message.MODEL_ID_UNCHECKED, report);
  }

  /** One setting written as an enum or an id string: not both; the id not blank, and it warns. */
  private static void enumOrId(Attr<?> constant, Attr<String> id, Message both, Message empty,
      Message unchecked, ValidationReport.Builder report) {
    if (constant.explicit() && id.explicit()) {
      report.report(both, id, Texts.quote(id.value()));
    } else if (id.explicit()) {
      if (id.value().isBlank()) {
        report.report(empty, id);
      } else {
        report.report(unchecked, id, Texts.quote(id.value()));
      }
    }
  }
}
