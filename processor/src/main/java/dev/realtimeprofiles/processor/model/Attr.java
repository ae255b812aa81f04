package dev.realtimeprofiles.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One annotation attribute as read: its value (the declared default when not written), whether
 * the user wrote it, and where to report on it.
 *
 * @param name the attribute's name as the user writes it, e.g. {@code temperature}
 * @param value the value (written, else the annotation's declared default)
 * @param explicit whether the attribute was written in the source
 * @param element the annotated element to report on
 * @param mirror the annotation that holds (or would hold) the attribute
 * @param annotationValue the written value, or {@code null} when not written
 * @param items for array attributes, the written elements in source order; else empty
 */
public record Attr<T>(
    String name,
    T value,
    boolean explicit,
    Element element,
    AnnotationMirror mirror,
    AnnotationValue annotationValue,
    List<AnnotationValue> items) {

  public Attr {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(element, "element == null");
    items = List.copyOf(items);
  }

  /** The value if written, else empty: what a request carries. */
  public Optional<T> written() {
    return explicit ? Optional.ofNullable(value) : Optional.empty();
  }
}
