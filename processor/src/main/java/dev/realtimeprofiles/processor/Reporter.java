package dev.realtimeprofiles.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.realtimeprofiles.processor.model.Location;
import dev.realtimeprofiles.processor.validate.Message;
import dev.realtimeprofiles.processor.validate.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The one place that prints diagnostics. Always passes element, annotation mirror and value when
 * known, so the compiler points at the exact attribute (or array element) that is wrong, and
 * prints one profile's problems in source order.
 *
 * <p>The Eclipse compiler (ecj 3.46, {@code BaseMessagerImpl.createProblem}) places a value only
 * when it is an attribute written directly in the given annotation, nested annotations included,
 * but not an element of an array: for those it gets the whole array attribute. It has no
 * position at all for a record (its switch on the element kind has no {@code RECORD} case, and a
 * record's implicit members have no source), so a record profile's problems name the record and
 * the attribute in their text there.
 */
final class Reporter {
  private final Messager messager;
  private final Predicate<Element> hasSource;
  private final SourceOrder sourceOrder;
  private final boolean eclipse;

  Reporter(ProcessingEnvironment env) {
    this.messager = env.getMessager();
    Trees trees = trees(env);
    this.hasSource = trees == null ? e -> true : e -> trees.getPath(e) != null;
    this.sourceOrder = trees == null ? null : new SourceOrder(trees);
    this.eclipse = env.getClass().getName().startsWith("org.eclipse.jdt.");
  }

  /**
   * Prints the problems of {@code profile}, in source order where the compiler tells positions
   * (javac; the Eclipse compiler sorts a file's problems itself). A problem on an attribute
   * inherited from a parent profile says so; if the parent has no source here (it comes from a
   * jar), the problem goes on the profile's own annotation instead.
   */
  void report(List<Problem> problems, TypeElement profile, AnnotationMirror profileMirror) {
    List<Printed> printed = new ArrayList<>();
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
      printed.add(new Printed(p.message().kind(), text, at));
    }
    // Stable sorts: rule order among equal keys.
    printed.sort(sourceOrder != null
        ? sourceOrder.comparing(profile)
        : WrittenOrder.comparing(profile, profileMirror));
    for (Printed p : printed) {
      print(p.kind(), p.text(), p.at());
    }
  }

  void print(Diagnostic.Kind kind, String text, Location at) {
    AnnotationValue value = at.value();
    if (eclipse) {
      if (at.container() != null) {
        value = at.container();
      }
      if (at.element() != null && at.element().getKind() == ElementKind.RECORD) {
        text += " (" + describe(at) + ")";
      }
    }
    if (at.element() == null) {
      messager.printMessage(kind, text);
    } else if (at.mirror() == null) {
      messager.printMessage(kind, text, at.element());
    } else if (value == null) {
      messager.printMessage(kind, text, at.element(), at.mirror());
    } else {
      messager.printMessage(kind, text, at.element(), at.mirror(), value);
    }
  }

  /** Whether {@code e} is compiled from source here (not read from a class file). */
  boolean hasSource(Element e) {
    return hasSource.test(e);
  }

  /** "in record test.Help, @RealtimeSession(speed)": what a located diagnostic would show. */
  private static String describe(Location at) {
    StringBuilder where = new StringBuilder("in record ")
        .append(((TypeElement) at.element()).getQualifiedName());
    if (at.mirror() != null) {
      where.append(", @").append(at.mirror().getAnnotationType().asElement().getSimpleName());
      AnnotationValue value = at.container() != null ? at.container() : at.value();
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
          at.mirror().getElementValues().entrySet()) {
        // ecj hands out a new AnnotationValue per call: match by what it says, too.
        if (value != null && (e.getValue() == value || e.getValue().toString().equals(value.toString()))) {
          where.append('(').append(e.getKey().getSimpleName()).append(')');
          break;
        }
      }
    }
    return where.toString();
  }

  private static TypeElement typeOf(Element e) {
    while (e != null && !(e instanceof TypeElement)) {
      e = e.getEnclosingElement();
    }
    return (TypeElement) e;
  }

  private static Trees trees(ProcessingEnvironment env) {
    try {
      return Trees.instance(env);
    } catch (RuntimeException | LinkageError notJavac) {
      return null; // another compiler: no positions, report where the element is
    }
  }

  private record Printed(Diagnostic.Kind kind, String text, Location at) {}

  /**
   * Source order without javac's trees (the Eclipse compiler): the profile before its members,
   * members in declaration order, a profile's attributes in the order they are written (both
   * compilers keep {@code getElementValues()} in source order), a nested annotation's likewise.
   */
  private static final class WrittenOrder {
    private WrittenOrder() {}

    static Comparator<Printed> comparing(TypeElement profile, AnnotationMirror profileMirror) {
      return Comparator.comparingInt((Printed p) -> elementRank(profile, p.at().element()))
          .thenComparingInt(p -> attributeRank(profileMirror, p.at()));
    }

    private static int elementRank(TypeElement profile, Element e) {
      if (e == null || e.equals(profile)) {
        return 0;
      }
      Element member = e.getKind() == ElementKind.PARAMETER ? e.getEnclosingElement() : e;
      int index = profile.getEnclosedElements().indexOf(member);
      return index < 0 ? Integer.MAX_VALUE : index + 1;
    }

    private static int attributeRank(AnnotationMirror outer, Location at) {
      if (at.mirror() == null || (same(at.mirror(), outer) && at.value() == null)) {
        return -1;
      }
      int index = 0;
      for (AnnotationValue v : outer.getElementValues().values()) {
        if (same(v, at.value()) || same(v, at.container())) {
          return index * 1000;
        }
        if (v.getValue() instanceof AnnotationMirror nested && same(nested, at.mirror())) {
          return index * 1000 + 1 + indexOf(nested, at.value());
        }
        index++;
      }
      return Integer.MAX_VALUE;
    }

    private static int indexOf(AnnotationMirror mirror, AnnotationValue value) {
      int index = 0;
      for (AnnotationValue v : mirror.getElementValues().values()) {
        if (same(v, value)) {
          return index;
        }
        index++;
      }
      return 999;
    }

    /** ecj hands out new mirror and value objects per call: the same also by what they say. */
    private static boolean same(Object a, Object b) {
      return a != null && b != null && (a == b || a.toString().equals(b.toString()));
    }
  }

  /** Orders locations by file (the profile's own first) and position, through javac's trees. */
  private static final class SourceOrder {
    private final Trees trees;
    private final SourcePositions positions;

    SourceOrder(Trees trees) {
      this.trees = trees;
      this.positions = trees.getSourcePositions();
    }

    Comparator<Printed> comparing(TypeElement profile) {
      TreePath profilePath = trees.getPath(profile);
      CompilationUnitTree own = profilePath == null ? null : profilePath.getCompilationUnit();
      return Comparator.comparing((Printed p) -> key(p.at(), own));
    }

    private Key key(Location at, CompilationUnitTree own) {
      TreePath path = path(at);
      if (path == null) {
        return Key.UNKNOWN;
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      String file = unit == own ? "" : String.valueOf(unit.getSourceFile().toUri());
      return new Key(file, positions.getStartPosition(unit, path.getLeaf()));
    }

    private TreePath path(Location at) {
      try {
        if (at.element() == null) {
          return null;
        } else if (at.mirror() == null) {
          return trees.getPath(at.element());
        } else if (at.value() == null) {
          return trees.getPath(at.element(), at.mirror());
        }
        return trees.getPath(at.element(), at.mirror(), at.value());
      } catch (RuntimeException e) {
        return null; // no position: keep it after those that have one
      }
    }
  }

  /** A source position: file ("" for the profile's own), then offset; unknown ones last. */
  private record Key(String file, long position) implements Comparable<Key> {
    static final Key UNKNOWN = new Key("\uffff", Long.MAX_VALUE);

    @Override
    public int compareTo(Key o) {
      int byFile = file.compareTo(o.file);
      return byFile != 0 ? byFile : Long.compare(position, o.position);
    }
  }
}
