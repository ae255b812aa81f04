package dev.realtimeprofiles.processor;

import com.sun.source.util.Trees;
import dev.realtimeprofiles.processor.model.Location;
import dev.realtimeprofiles.processor.validate.Message;
import dev.realtimeprofiles.processor.validate.Problem;
import java.util.List;
import java.util.function.Predicate;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The one place that prints diagnostics. Always passes element, annotation mirror and value when
 * known, so javac points at the exact attribute (or array element) that is wrong.
 */
final class Reporter {
  private final Messager messager;
  private final Predicate<Element> hasSource;

  Reporter(ProcessingEnvironment env) {
    this.messager = env.getMessager();
    this.hasSource = sourceCheck(env);
  }

  /**
   * Prints the problems of {@code profile}. A problem on an attribute inherited from a parent
   * profile says so; if the parent has no source here (it comes from a jar), the problem goes
   * on the profile's own annotation instead.
   */
  void report(List<Problem> problems, TypeElement profile, AnnotationMirror profileMirror) {
    for (Problem p : problems) {
      Location at = p.location();
      String text = p.text();
      TypeElement owner = typeOf(at.element());
      if (owner != null && !owner.equals(profile)) {
        text += Message.inheritedBy(profile.getQualifiedName());
        if (!hasSource(at.element())) {
          text += " from " + owner.getQualifiedName();
          at = Location.of(profile, profileMirror);
        }
      }
      print(p.message().kind(), text, at);
    }
  }

  void print(Diagnostic.Kind kind, String text, Location at) {
    if (at.element() == null) {
      messager.printMessage(kind, text);
    } else if (at.mirror() == null) {
      messager.printMessage(kind, text, at.element());
    } else if (at.value() == null) {
      messager.printMessage(kind, text, at.element(), at.mirror());
    } else {
      messager.printMessage(kind, text, at.element(), at.mirror(), at.value());
    }
  }

  /** Whether {@code e} is compiled from source here (not read from a class file). */
  boolean hasSource(Element e) {
    return hasSource.test(e);
  }

  private static TypeElement typeOf(Element e) {
    while (e != null && !(e instanceof TypeElement)) {
      e = e.getEnclosingElement();
    }
    return (TypeElement) e;
  }

  private static Predicate<Element> sourceCheck(ProcessingEnvironment env) {
    try {
      Trees trees = Trees.instance(env);
      return e -> trees.getPath(e) != null;
    } catch (RuntimeException | LinkageError notJavac) {
      return e -> true; // another compiler: report where the element is
    }
  }
}
