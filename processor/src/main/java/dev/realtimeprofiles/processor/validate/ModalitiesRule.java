package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.processor.model.Attr;
import dev.realtimeprofiles.processor.model.Location;
import dev.realtimeprofiles.processor.model.ProfileModel;
import java.util.List;

/**
 * GA ({@code output_modalities}): exactly one of [audio], [text]. Beta ({@code modalities}):
 * [text] or [audio, text]. Reports on the offending array element.
 */
final class ModalitiesRule implements Rule {
  @Override
  public void check(ProfileModel p, ValidationReport.Builder report) {
    Attr<List<Modality>> attr = p.modalities();
    if (!attr.explicit()) {
      return;
    }
    List<Modality> values = attr.value();
    int duplicate = firstDuplicate(values);
    if (p.targetApi() == Api.GA) {
      if (values.size() != 1) {
        Location at = values.isEmpty() ? Location.of(attr) : Location.ofItem(attr, 1);
        report.report(Message.MODALITIES_GA, at, Texts.braces(values));
      }
      return;
    }
    // Without duplicates, two values are AUDIO and TEXT in some order.
    boolean valid =
        duplicate < 0 && (values.equals(List.of(Modality.TEXT)) || values.size() == 2);
    if (!valid) {
      Location at;
      if (values.isEmpty()) {
        at = Location.of(attr);
      } else if (duplicate >= 0) {
        at = Location.ofItem(attr, duplicate);
      } else {
        at = Location.ofItem(attr, values.indexOf(Modality.AUDIO));
      }
      report.report(Message.MODALITIES_BETA, at, Texts.braces(values));
    }
  }

  private static int firstDuplicate(List<Modality> values) {
    for (int i = 1; i < values.size(); i++) {
      if (values.subList(0, i).contains(values.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
