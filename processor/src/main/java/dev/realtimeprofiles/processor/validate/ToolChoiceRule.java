package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.processor.model.ProfileModel;
import dev.realtimeprofiles.processor.model.ToolModel;
import java.util.List;

/** tool_choice: auto, none, required, or a declared tool's name (ToolChoiceFunction). */
final class ToolChoiceRule implements Rule {
  static final List<String> MODES = List.of("auto", "none", "required");

  @Override
  public void check(ProfileModel p, ValidationReport.Builder report) {
    if (!p.toolChoice().explicit()) {
      return;
    }
    String choice = p.toolChoice().value();
    List<String> declared = p.tools().stream().map(ToolModel::toolName).toList();
    if (!MODES.contains(choice) && !declared.contains(choice)) {
      report.report(Message.TOOL_CHOICE, p.toolChoice(), Texts.list(declared), Texts.quote(choice));
    }
  }
}
