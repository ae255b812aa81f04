package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.processor.model.ComponentModel;
import dev.realtimeprofiles.processor.model.InstructionsTemplate;
import dev.realtimeprofiles.processor.model.ProfileModel;
import java.util.List;

/**
 * Record profiles: every {@code {placeholder}} names a component and braces balance (errors); a
 * component no placeholder uses is a warning. Interface profiles send instructions literally.
 */
final class InstructionsRule implements Rule {
  @Override
  public void check(ProfileModel p, ValidationReport.Builder report) {
    if (!p.isRecord()) {
      return;
    }
    InstructionsTemplate template = InstructionsTemplate.parse(p.instructions().value());
    List<String> components = p.components().stream().map(ComponentModel::name).toList();
    if (template.error().isPresent()) {
      InstructionsTemplate.Unbalanced u = template.error().get();
      report.report(Message.INSTRUCTIONS_UNBALANCED, p.instructions(), u.brace(), u.index());
      return;
    }
    List<String> used = template.placeholders();
    for (String name : used) {
      if (!components.contains(name)) {
        report.report(Message.INSTRUCTIONS_UNKNOWN_PLACEHOLDER, p.instructions(), name,
            Texts.list(components));
      }
    }
    for (String component : components) {
      if (!used.contains(component)) {
        report.report(Message.INSTRUCTIONS_UNUSED_COMPONENT, p.instructions(), component,
            component);
      }
    }
  }
}
