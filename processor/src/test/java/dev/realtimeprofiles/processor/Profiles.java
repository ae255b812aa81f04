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
import javax.tools.JavaFileObject;

/** Test sources (one attribute per line) and compilation with the processor under test. */
final class Profiles {
  private Profiles() {}

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
    return JavaFileObjects.forSourceLines("test." + name, lines);
  }

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(ProfileValidator.standard(), sources);
  }

  static Compilation compile(ProfileValidator validator, JavaFileObject... sources) {
    lastProcessor = new RealtimeSessionProcessor(validator);
    return Compiler.javac().withProcessors(lastProcessor).compile(sources);
  }

  /** Compiles {@code src} and asserts exactly one error: {@code message} on the given line. */
  static Compilation assertOnlyError(
      JavaFileObject src, String line, Message message, Object... args) {
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining(message.format(args)).inFile(src).onLineContaining(line);
    assertThat(c).hadErrorCount(1);
    assertThat(lastProcessor.internalErrors()).isEmpty();
    return c;
  }

  /** Compiles {@code src} and asserts one warning (no errors): {@code message} on the line. */
  static Compilation assertOnlyWarning(
      JavaFileObject src, String line, Message message, Object... args) {
    Compilation c = compile(src);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining(message.format(args)).inFile(src).onLineContaining(line);
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
