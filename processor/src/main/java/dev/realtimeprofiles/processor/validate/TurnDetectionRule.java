package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.TurnDetectionType;
import dev.realtimeprofiles.processor.model.Attr;
import dev.realtimeprofiles.processor.model.ProfileModel;
import dev.realtimeprofiles.processor.model.TurnDetectionModel;

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
      for (Attr<?> a : td.semanticVadOnly()) {
        if (a.explicit()) {
          report.report(Message.TURN_DETECTION_WRONG_TYPE, a, a.name(), "SEMANTIC_VAD",
              "SERVER_VAD", "SEMANTIC_VAD");
        }
      }
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
      for (Attr<?> a : td.serverVadOnly()) {
        if (a.explicit()) {
          report.report(Message.TURN_DETECTION_WRONG_TYPE, a, a.name(), "SERVER_VAD",
              "SEMANTIC_VAD", "SERVER_VAD");
        }
      }
    }
  }

  private static void notNegative(Attr<Integer> a, ValidationReport.Builder report) {
    if (a.explicit() && a.value() < 0) {
      report.report(Message.NOT_NEGATIVE, a, a.name(), a.value());
    }
  }
}
