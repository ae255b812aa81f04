package dev.realtimeprofiles.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.realtimeprofiles.processor.validate.Message;
import dev.realtimeprofiles.processor.validate.ProfileValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Test sources (one attribute per line) and compilation with the processor under test, by javac,
 * or by the Eclipse compiler when the system property {@value #COMPILER_PROPERTY} is {@code ecj}
 * (the processor module's {@code ecj} surefire execution runs the rule tests so).
 */
final class Profiles {
  private Profiles() {}

  static final String COMPILER_PROPERTY = "realtimeprofiles.test.compiler";

  /** Whether this run compiles with the Eclipse compiler. */
  static final boolean ECJ = "ecj".equals(System.getProperty(COMPILER_PROPERTY));

  /** The processor of the last compilation, to assert on its internal state. */
  static RealtimeSessionProcessor lastProcessor;

  /** {@code test.Agent}, an interface profile with these attribute lines and body lines. */
  static JavaFileObject agent(List<String> attributes, String... body) {
    return profile("Agent", "interface", "", attributes, body);
  }

  /** {@code test.Agent} with these attribute lines and no tools. */
  static JavaFileObject agent(String... attributes) {
    return agent(Arrays.asList(attributes));
  }

  /** {@code test.<name>}: a profile of the given kind ("interface", "record") and header. */
  static JavaFileObject profile(
      String name, String kind, String header, List<String> attributes, String... body) {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("");
    lines.add("import dev.realtimeprofiles.*;");
    lines.add("import java.util.*;");
    lines.add("");
    if (attributes.isEmpty()) {
      lines.add("@RealtimeSession");
    } else {
      lines.add("@RealtimeSession(");
      for (int i = 0; i < attributes.size(); i++) {
        lines.add("    " + attributes.get(i) + (i + 1 < attributes.size() ? "," : ""));
      }
      lines.add(")");
    }
    lines.add("public " + kind + " " + name + header + " {");
    for (String b : body) {
      lines.add("  " + b);
    }
    lines.add("}");
    JavaFileObject source = source("test." + name, lines.toArray(String[]::new));
    if (kind.equals("record")) {
      RECORD_PROFILES.put(source, "test." + name);
    }
    return source;
  }

  /**
   * The line an error on an array element, or on a value written on a line of its own, is
   * reported on: javac points at the element (the value), ecj at the start of the attribute
   * ({@code name =}), the most its Messager can place (see Reporter).
   */
  static String line(String javac, String ecj) {
    return ECJ ? ecj : javac;
  }

  /** Whether the diagnostic with {@code text} has no file (ecj on a record's own annotation). */
  private static boolean unlocated(
      List<javax.tools.Diagnostic<? extends JavaFileObject>> diagnostics, String text) {
    return diagnostics.stream()
        .anyMatch(d -> d.getMessage(null).contains(text) && d.getSource() == null);
  }

  /** Record profiles made by {@link #profile}, and their qualified names. */
  private static final Map<JavaFileObject, String> RECORD_PROFILES =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  static JavaFileObject source(String qualifiedName, String... lines) {
    JavaFileObject source = JavaFileObjects.forSourceLines(qualifiedName, lines);
    return ECJ ? EclipseCompilers.onDisk(source) : source;
  }

  /** javac, or the Eclipse compiler (see {@link #ECJ}). */
  static Compiler compiler() {
    return ECJ ? EclipseCompilers.ecj() : Compiler.javac();
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(ProfileValidator.standard(), sources);
  }

  static Compilation compile(ProfileValidator validator, JavaFileObject... sources) {
    lastProcessor = new RealtimeSessionProcessor(validator);
    return compiler().withProcessors(lastProcessor).compile(sources);
  }

  /** Compiles {@code src} and asserts exactly one error: {@code message} on the given line. */
  static Compilation assertOnlyError(
      JavaFileObject src, String line, Message message, Object... args) {
    Compilation c = compile(src);
    String record = RECORD_PROFILES.get(src);
    if (ECJ && record != null && unlocated(c.errors(), message.format(args))) {
      // ecj has no position for a record (see Reporter): the text names it instead.
      assertThat(c).hadErrorContaining(message.format(args) + " (in record " + record);
    } else {
      assertThat(c).hadErrorContaining(message.format(args)).inFile(src).onLineContaining(line);
    }
    assertThat(c).hadErrorCount(1);
    assertThat(lastProcessor.internalErrors()).isEmpty();
    return c;
  }

  /** Compiles {@code src} and asserts one warning (no errors): {@code message} on the line. */
  static Compilation assertOnlyWarning(
      JavaFileObject src, String line, Message message, Object... args) {
    Compilation c = compile(src);
    assertThat(c).succeeded();
    String record = RECORD_PROFILES.get(src);
    if (ECJ && record != null && unlocated(c.warnings(), message.format(args))) {
      assertThat(c).hadWarningContaining(message.format(args) + " (in record " + record);
    } else {
      assertThat(c).hadWarningContaining(message.format(args)).inFile(src).onLineContaining(line);
    }
    assertThat(c).hadWarningCount(1);
    return c;
  }

  /** Compiles {@code src} and asserts no errors or warnings and that the profile validated. */
  static Compilation assertValid(JavaFileObject... src) {
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(lastProcessor.validProfiles()).isNotEmpty();
    assertThat(lastProcessor.internalErrors()).isEmpty();
    return c;
  }
}
