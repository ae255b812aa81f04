package dev.realtimeprofiles.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.realtimeprofiles.processor.model.ProfileModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.Completion;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What Gradle enforces of an isolating processor (Gradle's "Incremental annotation processing"
 * docs), checked here since no Gradle new enough to run one is installable on these machines:
 * it is registered as isolating, every file it writes has exactly one originating element (the
 * profile it comes from), and it reads nothing through the Filer (no resources, no other input).
 */
class IsolatingContractTest {

  @Test
  void registeredAsIsolatingForGradle() throws IOException {
    try (InputStream in = RealtimeSessionProcessor.class.getResourceAsStream(
        "/META-INF/gradle/incremental.annotation.processors")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(RealtimeSessionProcessor.class.getName() + ",isolating");
    }
  }

  @Test
  void everyGeneratedFileHasItsProfileAsItsOneOriginatingElement() {
    RealtimeSessionProcessor processor = new RealtimeSessionProcessor();
    RecordingFiler[] filer = new RecordingFiler[1];
    Compilation c = Compiler.javac()
        .withProcessors(new WithFiler(processor, env -> filer[0] = new RecordingFiler(env)))
        .compile(GoodProfiles.sources());
    assertThat(c).succeeded();
    List<ProfileModel> profiles = processor.validProfiles();
    assertThat(profiles).hasSizeGreaterThan(5);
    assertThat(filer[0].reads).as("reads through the Filer").isEmpty();
    assertThat(filer[0].created).hasSameSizeAs(profiles);
    for (int i = 0; i < profiles.size(); i++) {
      Created file = filer[0].created.get(i);
      assertThat(file.name()).isEqualTo(processor.generatedFiles().get(i));
      assertThat(file.originatingElements()).as(file.name()).containsExactly(profiles.get(i).type());
    }
  }

  private record Created(String name, List<Element> originatingElements) {}

  /** Records what the processor writes and fails on anything it would read. */
  private static final class RecordingFiler implements Filer {
    private final Filer delegate;
    final List<Created> created = new ArrayList<>();
    final List<String> reads = new ArrayList<>();

    RecordingFiler(ProcessingEnvironment env) {
      this.delegate = env.getFiler();
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      created.add(new Created(name.toString(), List.of(originatingElements)));
      return delegate.createSourceFile(name, originatingElements);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
      throw new AssertionError("class file " + name + ": an isolating processor writes sources");
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName, Element... originatingElements) {
      throw new AssertionError("resource " + relativeName + " written");
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName) {
      reads.add(location + "/" + moduleAndPkg + "/" + relativeName);
      throw new AssertionError("resource " + relativeName + " read: not an input Gradle tracks");
    }
  }

  /** {@code processor}, seeing a ProcessingEnvironment whose Filer is the recording one. */
  private static final class WithFiler implements Processor {
    private final Processor processor;
    private final java.util.function.Function<ProcessingEnvironment, Filer> filer;

    WithFiler(Processor processor, java.util.function.Function<ProcessingEnvironment, Filer> filer) {
      this.processor = processor;
      this.filer = filer;
    }

    @Override
    public void init(ProcessingEnvironment env) {
      Filer recording = filer.apply(env);
      processor.init(new ProcessingEnvironment() {
        @Override public Map<String, String> getOptions() { return env.getOptions(); }
        @Override public Messager getMessager() { return env.getMessager(); }
        @Override public Filer getFiler() { return recording; }
        @Override public Elements getElementUtils() { return env.getElementUtils(); }
        @Override public Types getTypeUtils() { return env.getTypeUtils(); }
        @Override public SourceVersion getSourceVersion() { return env.getSourceVersion(); }
        @Override public Locale getLocale() { return env.getLocale(); }
      });
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element,
        AnnotationMirror annotation, ExecutableElement member, String userText) {
      return processor.getCompletions(element, annotation, member, userText);
    }
  }
}
