package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.TurnDetectionType;
import dev.realtimeprofiles.processor.model.Attr;
import dev.realtimeprofiles.processor.model.ProfileModel;
import dev.realtimeprofiles.processor.model.TurnDetectionModel;
import java.util.List;

/** RealtimeTurnDetection: fields per type, ranges; NONE (null) takes no other field. */
final class TurnDetectionRule implements Rule {
  @Override
  public void check(ProfileModel p, ValidationReport.Builder report) {
    TurnDetectionModel td = p.turnDetection().value();
    TurnDetectionType type = td.type().value();
    if (type == TurnDetectionType.NONE) {
      for (Attr<?> a : td.allButType()) {
        if (a.explicit()) {
          report.report(Message.TURN_DETECTION_NONE_FIELD, a, a.name());
        }
      }
      return;
    }
    if (type == TurnDetectionType.SERVER_VAD) {
      belongsTo(TurnDetectionType.SEMANTIC_VAD, td.semanticVadOnly(), type, report);
      if (td.threshold().explicit()) {
        double t = td.threshold().value();
        if (!(t >= 0.0 && t <= 1.0)) {
          report.report(Message.THRESHOLD_RANGE, td.threshold(), t);
        }
      }
      notNegative(td.prefixPaddingMs(), report);
      notNegative(td.silenceDurationMs(), report);
      if (td.idleTimeoutMs().explicit()) {
        int ms = td.idleTimeoutMs().value();
        if (ms < 5000 || ms > 30000) {
          report.report(Message.IDLE_TIMEOUT_RANGE, td.idleTimeoutMs(), ms);
        }
      }
    } else {
      belongsTo(TurnDetectionType.SERVER_VAD, td.serverVadOnly(), type, report);
    }
  }

  /** Each of {@code attrs} written under {@code type} is an error: it is {@code owner}'s. */
  private static void belongsTo(TurnDetectionType owner, List<Attr<?>> attrs,
      TurnDetectionType type, ValidationReport.Builder report) {
    for (Attr<?> a : attrs) {
      if (a.explicit()) {
        report.report(Message.TURN_DETECTION_WRONG_TYPE, a, a.name(), owner.name(), type.name(),
            owner.name());
      }
    }
  }

  private static void notNegative(Attr<Integer> a, ValidationReport.Builder report) {
    if (a.explicit() && a.value() < 0) {
      report.report(Message.NOT_NEGATIVE, a, a.name(), a.value());
    }
  }
}
