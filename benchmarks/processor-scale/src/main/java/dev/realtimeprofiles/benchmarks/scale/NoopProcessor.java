package dev.realtimeprofiles.benchmarks.scale;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims {@code @RealtimeSession} and does nothing: javac with it measures what annotation
 * processing costs javac itself, apart from any processor's own work. Not registered as a service;
 * ProcessorScale names it with {@code -processor}.
 */
public final class NoopProcessor extends AbstractProcessor {
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.realtimeprofiles.RealtimeSession");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      round.getElementsAnnotatedWith(annotation);
    }
    return false;
  }
}
