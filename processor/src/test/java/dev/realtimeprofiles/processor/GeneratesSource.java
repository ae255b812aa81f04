package dev.realtimeprofiles.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Writes one source file in its first round, like another annotation processor would: profiles
 * that refer to that type must wait for the next round.
 */
final class GeneratesSource extends AbstractProcessor {
  private final String name;
  private final String source;
  private boolean done;

  GeneratesSource(String name, String source) {
    this.name = name;
    this.source = source;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!done) {
      done = true;
      try (Writer w = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        w.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
