package dev.realtimeprofiles.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Consumers that compile with {@code -Xlint:all -Werror}: the processor claims its annotations. */
class ClaimedAnnotationsTest {

  /**
   * The good profiles (interfaces, a record, inheritance, tools, and the stubs' own round) under
   * -Werror; not Escapes (it warns on purpose) nor Shop (its own {@code @Nullable} is claimed by
   * no processor, which javac reports whatever this processor does).
   */
  @Test
  void goodProfilesCompileUnderXlintAllWerror() {
    Compilation c = Compiler.javac()
        .withProcessors(new RealtimeSessionProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(warningFreeSources());
    assertThat(c).succeededWithoutWarnings();
    assertThat(c.generatedSourceFiles()).hasSizeGreaterThan(3);
  }

  private static List<JavaFileObject> warningFreeSources() {
    return GoodProfiles.sources().stream()
        .filter(s -> !s.getName().endsWith("Escapes.java") && !s.getName().endsWith("Shop.java"))
        .toList();
  }

  /** Without claiming, javac's -Xlint:processing names our annotations, and -Werror fails. */
  @Test
  void unclaimedTheyFailWerror() {
    Compilation c = Compiler.javac()
        .withProcessors(new RealtimeSessionProcessor())
        .withOptions("-Xlint:all", "-Werror", "-A" + RealtimeSessionProcessor.CLAIM_OPTION + "=false")
        .compile(warningFreeSources());
    assertThat(c).failed();
    assertThat(c).hadWarningContaining("No processor claimed any of these annotations");
  }

  /**
   * The price of claiming, and its switch: a catch-all processor after ours sees no round that
   * holds nothing but profiles, unless claiming is off.
   */
  @Test
  void aCatchAllProcessorAfterOursRunsWhenClaimingIsOff() {
    CatchAll claimed = new CatchAll();
    Compiler.javac().withProcessors(new RealtimeSessionProcessor(), claimed)
        .compile(Profiles.agent("voice = Voice.MARIN"));
    CatchAll unclaimed = new CatchAll();
    Compilation c = Compiler.javac().withProcessors(new RealtimeSessionProcessor(), unclaimed)
        .withOptions("-A" + RealtimeSessionProcessor.CLAIM_OPTION + "=false")
        .compile(Profiles.agent("voice = Voice.MARIN"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(claimed.rounds.get()).isZero();
    assertThat(unclaimed.rounds.get()).isPositive();
  }

  /** Supports "*", counts the rounds it is called in. */
  private static final class CatchAll extends AbstractProcessor {
    final AtomicInteger rounds = new AtomicInteger();

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
      rounds.incrementAndGet();
      return false;
    }
  }
}
