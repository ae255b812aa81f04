package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.processor.model.Location;
import dev.realtimeprofiles.processor.model.ProfileModel;
import dev.realtimeprofiles.processor.model.TypeShape;

/** {@code @RealtimeSession} only on accessible, non-generic interfaces and records. */
final class ProfileTypeRule implements Rule {
  @Override
  public void check(ProfileModel p, ValidationReport.Builder report) {
    TypeShape shape = p.shape();
    Location at = Location.of(p.type(), p.mirror());
    String name = p.qualifiedName();
    switch (shape.kind()) {
      case CLASS:
        report.report(Message.PROFILE_KIND, at, "a class");
        break;
      case ENUM:
        report.report(Message.PROFILE_KIND, at, "an enum");
        break;
      case ANNOTATION_TYPE:
        report.report(Message.PROFILE_KIND, at, "an annotation type");
        break;
      default:
        break;
    }
    if (shape.isLocal()) {
      report.report(Message.PROFILE_LOCAL, at, p.type().getSimpleName());
    } else if (shape.isPrivate()) {
      report.report(Message.PROFILE_PRIVATE, at, name);
    } else if (!shape.inaccessibleEnclosing().isEmpty()) {
      report.report(Message.PROFILE_IN_PRIVATE_TYPE, at, name, shape.inaccessibleEnclosing());
    }
    if (shape.generic()) {
      report.report(Message.PROFILE_GENERIC, at, name);
    }
  }
}
