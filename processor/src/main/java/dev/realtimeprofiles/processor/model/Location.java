package dev.realtimeprofiles.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic goes: an element, optionally an annotation on it, optionally a value in that
 * annotation (which may be an element of an array or a value of a nested annotation).
 */
public record Location(Element element, AnnotationMirror mirror, AnnotationValue value) {

  public static Location of(Element element) {
    return new Location(element, null, null);
  }

  public static Location of(Element element, AnnotationMirror mirror) {
    return new Location(element, mirror, null);
  }

  /** The attribute's written value, or its annotation when it was not written. */
  public static Location of(Attr<?> attr) {
    return new Location(attr.element(), attr.mirror(), attr.annotationValue());
  }

  /** The {@code index}th element of a written array attribute. */
  public static Location ofItem(Attr<?> attr, int index) {
    return new Location(attr.element(), attr.mirror(), attr.items().get(index));
  }
}
