package dev.realtimeprofiles.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic goes: an element, optionally an annotation on it, optionally a value in that
 * annotation. For a value of a nested annotation ({@code @TurnDetection(idleTimeoutMs = ...)})
 * {@code mirror} is the nested annotation itself; for an element of an array attribute
 * ({@code modalities = {AUDIO, TEXT}}) {@code container} is the whole written array, for compilers
 * that can place an attribute but not an element of it (the Eclipse compiler).
 *
 * @param element the annotated element
 * @param mirror the annotation holding {@code value}, or {@code null}
 * @param value the value to point at, or {@code null} for the whole annotation
 * @param container the written array attribute {@code value} is an element of, or {@code null}
 */
public record Location(
    Element element, AnnotationMirror mirror, AnnotationValue value, AnnotationValue container) {

  /** A location that is not an element of an array. */
  public Location(Element element, AnnotationMirror mirror, AnnotationValue value) {
    this(element, mirror, value, null);
  }

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
    return new Location(
        attr.element(), attr.mirror(), attr.items().get(index), attr.annotationValue());
  }
}
