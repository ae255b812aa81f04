package dev.realtimeprofiles.processor.model;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.Eagerness;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.TurnDetectionType;
import dev.realtimeprofiles.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The read phase: turns a {@code @RealtimeSession} type's annotation mirrors into a
 * {@link ProfileModel}. Reads only; judges nothing.
 */
public final class ProfileReader {
  private final JsonTypeReader jsonTypes;
  private final Elements elements;

  public ProfileReader(Elements elements, Types types) {
    this.elements = elements;
    this.jsonTypes = new JsonTypeReader(types);
  }

  /**
   * Reads {@code type}, which carries {@code @RealtimeSession}.
   *
   * @throws UnreadableProfileException if javac could not attribute an annotation value
   */
  public ProfileModel read(TypeElement type) {
    AnnotationMirror mirror =
        findAnnotation(type, AnnotationNames.REALTIME_SESSION)
            .orElseThrow(() -> new IllegalArgumentException(type + " has no @RealtimeSession"));
    AnnotationSource a = new AnnotationSource(type, mirror, mirror);

    AnnotationMirror transcriptionMirror = a.annotation("inputAudioTranscription");
    AnnotationSource t = new AnnotationSource(type, transcriptionMirror, mirror);
    TranscriptionModel transcription =
        new TranscriptionModel(
            transcriptionMirror, t.string("model"), t.string("language"), t.string("prompt"));

    AnnotationMirror turnMirror = a.annotation("turnDetection");
    AnnotationSource d = new AnnotationSource(type, turnMirror, mirror);
    TurnDetectionModel turnDetection =
        new TurnDetectionModel(
            turnMirror,
            d.enumValue("type", TurnDetectionType.class),
            d.doubleValue("threshold"),
            d.intValue("prefixPaddingMs"),
            d.intValue("silenceDurationMs"),
            d.intValue("idleTimeoutMs"),
            d.enumValue("eagerness", Eagerness.class),
            d.booleanValue("createResponse"),
            d.booleanValue("interruptResponse"));

    List<String> simpleNames = new ArrayList<>();
    Element e = type;
    while (e instanceof TypeElement) {
      simpleNames.add(0, e.getSimpleName().toString());
      e = e.getEnclosingElement();
    }
    String packageName = packageOf(type).getQualifiedName().toString();

    List<ComponentModel> components = new ArrayList<>();
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement c : type.getRecordComponents()) {
        components.add(new ComponentModel(c, c.getSimpleName().toString(), c.asType()));
      }
    }

    ProfileModel own = new ProfileModel(
        type,
        type.getQualifiedName().toString(),
        packageName,
        simpleNames,
        shapeOf(type),
        mirror,
        a.enumValue("api", Api.class),
        a.enumValue("model", Model.class),
        a.string("modelId"),
        a.enumValue("voice", Voice.class),
        a.string("voiceId"),
        a.enumArray("modalities", Modality.class),
        a.string("instructions"),
        a.enumValue("inputAudioFormat", AudioFormat.class),
        a.enumValue("outputAudioFormat", AudioFormat.class),
        a.nested("inputAudioTranscription", transcription),
        a.nested("turnDetection", turnDetection),
        a.enumValue("noiseReduction", NoiseReduction.class),
        a.string("toolChoice"),
        a.doubleValue("temperature"),
        a.intValue("maxResponseOutputTokens"),
        a.doubleValue("speed"),
        a.intValue("expiresAfterSeconds"),
        a.string("extra"),
        readTools(type),
        components,
        List.of());
    return type.getKind() == ElementKind.INTERFACE ? inherit(own, parentsOf(type)) : own;
  }

  /**
   * The {@code @RealtimeSession} interfaces {@code type} extends directly, read and merged.
   *
   * @throws UnreadableProfileException if a superinterface is not resolved yet: it may be a
   *     profile another processor generates in a later round, whose attributes this one inherits
   */
  private List<ProfileModel> parentsOf(TypeElement type) {
    List<ProfileModel> parents = new ArrayList<>();
    for (TypeMirror superType : type.getInterfaces()) {
      if (superType.getKind() == TypeKind.ERROR) {
        throw new UnreadableProfileException(superType.toString());
      }
      if (superType instanceof DeclaredType declared
          && declared.asElement() instanceof TypeElement parent
          && findAnnotation(parent, AnnotationNames.REALTIME_SESSION).isPresent()) {
        parents.add(read(parent));
      }
    }
    return parents;
  }

  /**
   * Fills in what {@code own} does not write from the first parent that does, and adds the
   * parents' tools that {@code own} does not override (parents first, each method once).
   */
  private ProfileModel inherit(ProfileModel own, List<ProfileModel> parents) {
    if (parents.isEmpty()) {
      return own;
    }
    List<ToolModel> tools = new ArrayList<>();
    List<ExecutableElement> seen = new ArrayList<>();
    for (ProfileModel parent : parents) {
      for (ToolModel tool : parent.tools()) {
        boolean overridden =
            own.tools().stream()
                .anyMatch(t -> elements.overrides(t.method(), tool.method(), own.type()));
        if (!overridden && !seen.contains(tool.method())) {
          seen.add(tool.method());
          tools.add(tool);
        }
      }
    }
    tools.addAll(own.tools());
    // model/modelId and voice/voiceId are one setting each, written one way or the other: a child
    // that writes either replaces the parent's, whichever way the parent wrote it.
    ProfileModel modelSource =
        firstSetting(own, parents, p -> p.model().explicit() || p.modelId().explicit());
    ProfileModel voiceSource =
        firstSetting(own, parents, p -> p.voice().explicit() || p.voiceId().explicit());
    return new ProfileModel(
        own.type(),
        own.qualifiedName(),
        own.packageName(),
        own.simpleNames(),
        own.shape(),
        own.mirror(),
        pick(own.api(), parents, ProfileModel::api),
        modelSource.model(),
        modelSource.modelId(),
        voiceSource.voice(),
        voiceSource.voiceId(),
        pick(own.modalities(), parents, ProfileModel::modalities),
        pick(own.instructions(), parents, ProfileModel::instructions),
        pick(own.inputAudioFormat(), parents, ProfileModel::inputAudioFormat),
        pick(own.outputAudioFormat(), parents, ProfileModel::outputAudioFormat),
        pick(own.inputAudioTranscription(), parents, ProfileModel::inputAudioTranscription),
        pick(own.turnDetection(), parents, ProfileModel::turnDetection),
        pick(own.noiseReduction(), parents, ProfileModel::noiseReduction),
        pick(own.toolChoice(), parents, ProfileModel::toolChoice),
        pick(own.temperature(), parents, ProfileModel::temperature),
        pick(own.maxResponseOutputTokens(), parents, ProfileModel::maxResponseOutputTokens),
        pick(own.speed(), parents, ProfileModel::speed),
        pick(own.expiresAfterSeconds(), parents, ProfileModel::expiresAfterSeconds),
        pick(own.extra(), parents, ProfileModel::extra),
        tools,
        own.components(),
        parents);
  }

  /** {@code own} if it makes the setting, else the first parent that does, else {@code own}. */
  private static ProfileModel firstSetting(
      ProfileModel own, List<ProfileModel> parents, Predicate<ProfileModel> sets) {
    if (sets.test(own)) {
      return own;
    }
    return parents.stream().filter(sets).findFirst().orElse(own);
  }

  private static <T> Attr<T> pick(
      Attr<T> own, List<ProfileModel> parents, Function<ProfileModel, Attr<T>> attribute) {
    if (own.explicit()) {
      return own;
    }
    for (ProfileModel parent : parents) {
      Attr<T> inherited = attribute.apply(parent);
      if (inherited.explicit()) {
        return inherited;
      }
    }
    return own;
  }

  /** The {@code @Tool} methods declared by {@code type}, in source order. */
  private List<ToolModel> readTools(TypeElement type) {
    List<ToolModel> tools = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Optional<AnnotationMirror> tool = findAnnotation(method, AnnotationNames.TOOL);
      if (tool.isPresent()) {
        tools.add(readTool(type, method, tool.get()));
      }
    }
    return tools;
  }

  private ToolModel readTool(TypeElement owner, ExecutableElement method, AnnotationMirror tool) {
    AnnotationSource s = new AnnotationSource(method, tool, tool);
    String methodName = method.getSimpleName().toString();
    Attr<String> written = s.string("name");
    Attr<String> name =
        written.explicit()
            ? written
            : new Attr<>("name", methodName, false, method, tool, null, List.of());
    List<ParamModel> params = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      params.add(
          new ParamModel(
              p,
              p.getSimpleName().toString(),
              jsonTypes.read(p.asType()),
              p.asType(),
              paramDescription(p)));
    }
    return new ToolModel(
        method,
        tool,
        name,
        s.string("description"),
        methodName,
        owner.getQualifiedName().toString(),
        method.getModifiers().contains(Modifier.STATIC),
        method.getModifiers().contains(Modifier.PRIVATE),
        method.isDefault(),
        !method.getTypeParameters().isEmpty(),
        params,
        jsonTypes.read(method.getReturnType()),
        method.getReturnType());
  }

  private static Attr<String> paramDescription(VariableElement p) {
    Optional<AnnotationMirror> param = findAnnotation(p, AnnotationNames.PARAM);
    if (param.isPresent()) {
      return new AnnotationSource(p, param.get(), param.get()).string("description");
    }
    return new Attr<>("description", "", false, p, null, null, List.of());
  }

  private static TypeShape shapeOf(TypeElement type) {
    TypeShape.Kind kind;
    switch (type.getKind()) {
      case INTERFACE:
        kind = TypeShape.Kind.INTERFACE;
        break;
      case RECORD:
        kind = TypeShape.Kind.RECORD;
        break;
      case ENUM:
        kind = TypeShape.Kind.ENUM;
        break;
      case ANNOTATION_TYPE:
        kind = TypeShape.Kind.ANNOTATION_TYPE;
        break;
      default:
        kind = TypeShape.Kind.CLASS;
    }
    String inaccessible = "";
    Element e = type.getEnclosingElement();
    while (e instanceof TypeElement enclosing) {
      if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
        inaccessible = enclosing.getQualifiedName().toString();
        break;
      }
      e = e.getEnclosingElement();
    }
    NestingKind nesting = type.getNestingKind();
    return new TypeShape(
        kind,
        type.getModifiers().contains(Modifier.PRIVATE),
        nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS,
        inaccessible,
        !type.getTypeParameters().isEmpty());
  }

  private static PackageElement packageOf(Element e) {
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return (PackageElement) e;
  }

  /** The annotation of the given qualified name on {@code e}, if present. */
  public static Optional<AnnotationMirror> findAnnotation(Element e, String qualifiedName) {
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      TypeElement t = (TypeElement) m.getAnnotationType().asElement();
      if (t.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
