package dev.realtimeprofiles.processor.codegen;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Whether a parameter or record component may be null: it carries an annotation whose simple name
 * is {@code Nullable} (JSpecify, JSR 305, Checker Framework, AndroidX, ...), on the declaration or
 * on its type.
 */
final class Nullables {
  private Nullables() {}

  static boolean isNullable(Element declaration) {
    if (declaration == null) {
      return false;
    }
    return hasNullable(declaration.getAnnotationMirrors())
        || hasNullable(declaration.asType().getAnnotationMirrors());
  }

  private static boolean hasNullable(Iterable<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror m : annotations) {
      if (m.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
  }
}
