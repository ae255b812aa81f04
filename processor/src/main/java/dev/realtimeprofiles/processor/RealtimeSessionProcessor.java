package dev.realtimeprofiles.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.realtimeprofiles.processor.codegen.StubWriter;
import dev.realtimeprofiles.processor.model.AnnotationNames;
import dev.realtimeprofiles.processor.model.Location;
import dev.realtimeprofiles.processor.model.ProfileModel;
import dev.realtimeprofiles.processor.model.ProfileReader;
import dev.realtimeprofiles.processor.model.UnreadableProfileException;
import dev.realtimeprofiles.processor.validate.Message;
import dev.realtimeprofiles.processor.validate.Problem;
import dev.realtimeprofiles.processor.validate.ProfileValidator;
import dev.realtimeprofiles.processor.validate.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Checks every {@code @RealtimeSession} profile at compile time. Per profile, in its own
 * try/catch: read (mirrors to {@link ProfileModel}), validate (all problems reported), generate
 * (valid profiles only). Profiles whose tool signatures use types javac has not resolved yet are
 * deferred to the next round.
 */
@AutoService(Processor.class)
public final class RealtimeSessionProcessor extends AbstractProcessor {
  private final ProfileValidator validator;
  /** Qualified name of a deferred profile, and why it was deferred. */
  private final Map<String, String> deferred = new LinkedHashMap<>();
  private final List<String> internalErrors = new ArrayList<>();
  private final List<ProfileModel> validProfiles = new ArrayList<>();
  private final List<String> generatedFiles = new ArrayList<>();
  /** The processor option that turns claiming off: see {@link #getSupportedAnnotationTypes}. */
  static final String CLAIM_OPTION = "realtimeprofiles.claimAnnotations";

  private ProfileReader reader;
  private StubWriter stubs;
  private Reporter reporter;
  private boolean claim = true;

  public RealtimeSessionProcessor() {
    this(ProfileValidator.standard());
  }

  /** For tests: a processor with another validator (e.g. with a failing rule). */
  RealtimeSessionProcessor(ProfileValidator validator) {
    this.validator = validator;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reader = new ProfileReader(env.getElementUtils(), env.getTypeUtils());
    stubs = new StubWriter(env.getElementUtils(), env.getTypeUtils());
    reporter = new Reporter(env);
    claim = !"false".equalsIgnoreCase(env.getOptions().get(CLAIM_OPTION));
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(CLAIM_OPTION);
  }

  /**
   * Every annotation of this project ({@code @RealtimeSession}, {@code @Tool}, {@code @Param} and
   * those added later) and {@code @javax.annotation.processing.Generated}, which the stubs carry;
   * {@link #process} claims them. Unclaimed, they make javac's {@code -Xlint:processing} warn "No
   * processor claimed any of these annotations" (in the first round for ours, in the next for
   * {@code @Generated} on our stubs), which fails consumers that compile with {@code -Xlint:all
   * -Werror}. No other processor has a use for ours; one that asks for {@code @Generated} by name
   * and runs after this one would no longer be handed it.
   *
   * <p>javac stops offering a round to later processors once every annotation in it is claimed,
   * so a catch-all ({@code "*"}) processor that runs after this one and has not run yet would skip
   * a round that holds nothing but profiles. {@code -A}{@value #CLAIM_OPTION}{@code =false} turns
   * claiming off for such builds (and brings back the {@code -Xlint:processing} warning).
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(AnnotationNames.PACKAGE + ".*", AnnotationNames.GENERATED);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<TypeElement> profiles = new LinkedHashSet<>();
    for (String name : List.copyOf(deferred.keySet())) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        profiles.add(type);
      }
    }
    deferred.clear();
    TypeElement session = annotation(AnnotationNames.REALTIME_SESSION);
    if (session != null) {
      profiles.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(session)));
    }
    for (TypeElement profile : profiles) {
      processProfile(profile);
    }
    TypeElement tool = annotation(AnnotationNames.TOOL);
    if (tool != null) {
      for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(tool))) {
        checkToolOwner(method);
      }
    }
    if (round.processingOver()) {
      reportDeferred(round);
    }
    return claim; // this project's annotations only: see getSupportedAnnotationTypes
  }

  private void processProfile(TypeElement type) {
    String name = type.getQualifiedName().toString();
    try {
      ProfileModel model = reader.read(type);
      List<String> unresolved = model.unresolvedTypes();
      if (!unresolved.isEmpty()) {
        deferred.put(name, String.join(", ", unresolved));
        return;
      }
      ValidationReport report = validator.validate(model);
      // A parent compiled here reports its own problems; report here only what the merge adds.
      // A parent from a jar reports nothing in this build, so its problems are the child's.
      Set<Problem> parentProblems = new HashSet<>();
      for (ProfileModel parent : model.parents()) {
        if (reporter.hasSource(parent.type())) {
          parentProblems.addAll(validator.validate(parent).problems());
        }
      }
      List<Problem> problems =
          report.problems().stream().filter(p -> !parentProblems.contains(p)).toList();
      reporter.report(problems, type, model.mirror());
      if (report.isClean()) {
        validProfiles.add(model);
        generate(model);
      }
    } catch (UnreadableProfileException e) {
      deferred.put(name, e.getMessage());
    } catch (RuntimeException e) {
      internalError(type, e);
    }
  }

  /** The generate phase, from a valid model only; a Filer failure becomes a diagnostic. */
  private void generate(ProfileModel model) {
    JavaFile file = stubs.write(model);
    String name = file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
    try {
      file.writeTo(processingEnv.getFiler());
      generatedFiles.add(name);
    } catch (IOException e) {
      reporter.print(Message.WRITE_FAILED.kind(), Message.WRITE_FAILED.format(name, e),
          Location.of(model.type()));
    }
  }

  /** {@code @Tool} belongs on methods of {@code @RealtimeSession} types only. */
  private void checkToolOwner(ExecutableElement method) {
    try {
      Element owner = method.getEnclosingElement();
      if (ProfileReader.findAnnotation(owner, AnnotationNames.REALTIME_SESSION).isEmpty()) {
        Optional<AnnotationMirror> tool = ProfileReader.findAnnotation(method, AnnotationNames.TOOL);
        reporter.print(Message.TOOL_NOT_IN_PROFILE.kind(),
            Message.TOOL_NOT_IN_PROFILE.format(method.getSimpleName()),
            Location.of(method, tool.orElse(null)));
      }
    } catch (RuntimeException e) {
      internalError(method, e);
    }
  }

  private void reportDeferred(RoundEnvironment round) {
    if (!round.errorRaised()) {
      for (Map.Entry<String, String> e : deferred.entrySet()) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(e.getKey());
        reporter.print(Message.UNRESOLVED_TYPES.kind(),
            Message.UNRESOLVED_TYPES.format(e.getKey(), e.getValue()), Location.of(type));
      }
    }
    deferred.clear();
  }

  private void internalError(Element element, RuntimeException e) {
    StringWriter stack = new StringWriter();
    e.printStackTrace(new PrintWriter(stack));
    internalErrors.add(stack.toString());
    StackTraceElement[] frames = e.getStackTrace();
    String where = frames.length == 0 ? "" : " at " + frames[0];
    reporter.print(Message.INTERNAL_ERROR.kind(), Message.INTERNAL_ERROR.format(e + where),
        Location.of(element));
  }

  private TypeElement annotation(String name) {
    return processingEnv.getElementUtils().getTypeElement(name);
  }

  /** Stack traces of unexpected exceptions, for tests (cf. AutoServiceProcessor). */
  List<String> internalErrors() {
    return List.copyOf(internalErrors);
  }

  /** Qualified names of the stubs written, in order, for tests. */
  List<String> generatedFiles() {
    return List.copyOf(generatedFiles);
  }

  /** Profiles that passed validation, in processing order, for tests. */
  List<ProfileModel> validProfiles() {
    return List.copyOf(validProfiles);
  }
}
