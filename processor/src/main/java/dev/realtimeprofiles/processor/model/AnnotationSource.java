package dev.realtimeprofiles.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads the attributes of one annotation mirror into {@link Attr}s. Explicit values come from
 * {@code getElementValues()} (only what the user wrote), defaults from the annotation type.
 *
 * <p>A written attribute is reported on the annotation that holds it, nested ones included
 * ({@code @TurnDetection(idleTimeoutMs = 1)}: javac and the Eclipse compiler both find a nested
 * annotation written in the source, and the Eclipse compiler places a value only through the
 * annotation that holds it). An attribute not written is reported on {@code reportMirror}, the
 * annotation written in the source (the outer {@code @RealtimeSession} when the nested annotation
 * itself is its default and so appears nowhere).
 */
final class AnnotationSource {
  private final Element element;
  private final AnnotationMirror mirror;
  private final AnnotationMirror reportMirror;
  private final Map<String, AnnotationValue> written = new HashMap<>();
  private final Map<String, AnnotationValue> defaults = new HashMap<>();

  AnnotationSource(Element element, AnnotationMirror mirror, AnnotationMirror reportMirror) {
    this.element = element;
    this.mirror = mirror;
    this.reportMirror = reportMirror;
    mirror
        .getElementValues()
        .forEach((k, v) -> written.put(k.getSimpleName().toString(), v));
    TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
    for (ExecutableElement m : ElementFilter.methodsIn(annotationType.getEnclosedElements())) {
      if (m.getDefaultValue() != null) {
        defaults.put(m.getSimpleName().toString(), m.getDefaultValue());
      }
    }
  }

  private AnnotationValue raw(String name) {
    AnnotationValue v = written.get(name);
    if (v == null) {
      v = defaults.get(name);
    }
    if (v == null) {
      throw new UnreadableProfileException("no value for " + name);
    }
    return v;
  }

  private <T> Attr<T> attr(String name, T value, List<AnnotationValue> items) {
    boolean explicit = written.containsKey(name);
    return new Attr<>(name, value, explicit, element, explicit ? mirror : reportMirror,
        written.get(name), items);
  }

  <T> T cast(Class<T> type, String name, Object value) {
    if (!type.isInstance(value)) {
      throw new UnreadableProfileException(name + " is not a " + type.getSimpleName());
    }
    return type.cast(value);
  }

  Attr<String> string(String name) {
    return attr(name, cast(String.class, name, raw(name).getValue()), List.of());
  }

  Attr<Double> doubleValue(String name) {
    return attr(name, cast(Double.class, name, raw(name).getValue()), List.of());
  }

  Attr<Integer> intValue(String name) {
    return attr(name, cast(Integer.class, name, raw(name).getValue()), List.of());
  }

  Attr<Boolean> booleanValue(String name) {
    return attr(name, cast(Boolean.class, name, raw(name).getValue()), List.of());
  }

  <E extends Enum<E>> Attr<E> enumValue(String name, Class<E> type) {
    return attr(name, toEnum(name, type, raw(name)), List.of());
  }

  <E extends Enum<E>> Attr<List<E>> enumArray(String name, Class<E> type) {
    List<?> list = cast(List.class, name, raw(name).getValue());
    List<E> values = new ArrayList<>();
    List<AnnotationValue> items = new ArrayList<>();
    for (Object o : list) {
      AnnotationValue item = cast(AnnotationValue.class, name, o);
      items.add(item);
      values.add(toEnum(name, type, item));
    }
    return attr(name, List.copyOf(values), written.containsKey(name) ? items : List.of());
  }

  /** A nested annotation: its mirror (written, else the default) plus this attribute. */
  AnnotationMirror annotation(String name) {
    return cast(AnnotationMirror.class, name, raw(name).getValue());
  }

  <T> Attr<T> nested(String name, T value) {
    return attr(name, value, List.of());
  }

  Element element() {
    return element;
  }

  AnnotationMirror reportMirror() {
    return reportMirror;
  }

  private <E extends Enum<E>> E toEnum(String name, Class<E> type, AnnotationValue v) {
    String constant;
    try {
      constant = cast(VariableElement.class, name, v.getValue()).getSimpleName().toString();
    } catch (UnsupportedOperationException e) {
      // javac workaround: an enum default of an annotation type read from a class file during
      // processing can still be a ClassReader proxy ("/*proxy enum*/pkg.Type.CONSTANT") whose
      // getValue() throws; its text names the constant.
      String text = v.toString();
      constant = text.substring(text.lastIndexOf('.') + 1).trim();
    }
    try {
      return Enum.valueOf(type, constant);
    } catch (IllegalArgumentException e) {
      throw new UnreadableProfileException(name + " has an unknown constant " + constant);
    }
  }
}
