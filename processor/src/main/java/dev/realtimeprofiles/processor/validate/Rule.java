package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.processor.model.ProfileModel;

/** One validation rule: a pure check of a profile that adds what it finds to the report. */
@FunctionalInterface
public interface Rule {
  void check(ProfileModel profile, ValidationReport.Builder report);
}
