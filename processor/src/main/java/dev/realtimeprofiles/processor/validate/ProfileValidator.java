package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.processor.model.ProfileModel;
import java.util.ArrayList;
import java.util.List;

/** The validate phase: runs every rule over a profile and collects all problems. */
public final class ProfileValidator {
  private final List<Rule> rules;

  private ProfileValidator(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules of DESIGN §3. */
  public static ProfileValidator standard() {
    return new ProfileValidator(standardRules());
  }

  /** The standard rules followed by {@code extra} (a hook for tests). */
  public static ProfileValidator withExtraRules(List<Rule> extra) {
    List<Rule> all = new ArrayList<>(standardRules());
    all.addAll(extra);
    return new ProfileValidator(all);
  }

  private static List<Rule> standardRules() {
    return List.of(
        new ProfileTypeRule(),
        VoiceAndModelRules::model,
        VoiceAndModelRules::voice,
        new ModalitiesRule(),
        new InstructionsRule(),
        new TranscriptionRule(),
        new TurnDetectionRule(),
        RangeRules::temperature,
        RangeRules::maxResponseOutputTokens,
        RangeRules::speed,
        RangeRules::expiresAfterSeconds,
        new ToolRules(),
        new ToolChoiceRule(),
        new ExtraRule());
  }

  public ValidationReport validate(ProfileModel profile) {
    ValidationReport.Builder report = new ValidationReport.Builder();
    for (Rule rule : rules) {
      rule.check(profile, report);
    }
    return report.build();
  }
}
