package dev.realtimeprofiles.processor;

import dev.realtimeprofiles.processor.model.Location;
import dev.realtimeprofiles.processor.validate.Problem;
import dev.realtimeprofiles.processor.validate.ValidationReport;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * The one place that prints diagnostics. Always passes element, annotation mirror and value when
 * known, so javac points at the exact attribute (or array element) that is wrong.
 */
final class Reporter {
  private final Messager messager;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  void report(ValidationReport report) {
    for (Problem p : report.problems()) {
      print(p.message().kind(), p.text(), p.location());
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
}
