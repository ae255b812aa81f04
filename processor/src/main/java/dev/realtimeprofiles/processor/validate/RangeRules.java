package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.processor.model.ProfileModel;

/** Numeric session attributes and which API shape carries them (DESIGN §3, openapi.yaml). */
final class RangeRules {
  private RangeRules() {}

  /** Beta only; [0.6, 1.2] (RealtimeSession.temperature). */
  static void temperature(ProfileModel p, ValidationReport.Builder report) {
    if (!p.temperature().explicit()) {
      return;
    }
    double t = p.temperature().value();
    if (p.targetApi() == Api.GA) {
      report.report(Message.NOT_IN_GA, p.temperature(), "temperature");
    } else if (!(t >= 0.6 && t <= 1.2)) {
      report.report(Message.TEMPERATURE_RANGE, p.temperature(), t);
    }
  }

  /** 1..4096 or "inf" (max_response_output_tokens / max_output_tokens). */
  static void maxResponseOutputTokens(ProfileModel p, ValidationReport.Builder report) {
    if (!p.maxResponseOutputTokens().explicit()) {
      return;
    }
    int n = p.maxResponseOutputTokens().value();
    if (n != RealtimeSession.INF && (n < 1 || n > 4096)) {
      report.report(Message.MAX_TOKENS_RANGE, p.maxResponseOutputTokens(), n);
    }
  }

  /** [0.25, 1.5], both shapes (speed / audio.output.speed). */
  static void speed(ProfileModel p, ValidationReport.Builder report) {
    if (!p.speed().explicit()) {
      return;
    }
    double s = p.speed().value();
    if (!(s >= 0.25 && s <= 1.5)) {
      report.report(Message.SPEED_RANGE, p.speed(), s);
    }
  }

  /** GA only; [10, 7200] (RealtimeCreateClientSecretRequest.expires_after.seconds). */
  static void expiresAfterSeconds(ProfileModel p, ValidationReport.Builder report) {
    if (!p.expiresAfterSeconds().explicit()) {
      return;
    }
    int s = p.expiresAfterSeconds().value();
    if (p.targetApi() == Api.BETA) {
      report.report(Message.NOT_IN_BETA, p.expiresAfterSeconds(), "expiresAfterSeconds");
    } else if (s < 10 || s > 7200) {
      report.report(Message.EXPIRES_RANGE, p.expiresAfterSeconds(), s);
    }
  }
}
