package dev.realtimeprofiles.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reuse of profiles: an interface profile that extends other interface profiles inherits each
 * attribute it does not write and their tools. The child's setting wins; among parents, the first
 * in the {@code extends} clause wins. {@code model}/{@code modelId} and {@code voice}/{@code
 * voiceId} are inherited as pairs, so a child's {@code modelId} replaces a parent's {@code model}.
 * An inherited attribute keeps the parent's element and mirror, so validation reports on the
 * parent's attribute when that is the one that is wrong.
 */
public final class ProfileInheritance {
  private final ProfileReader reader;
  private final Elements elements;

  public ProfileInheritance(ProfileReader reader, Elements elements) {
    this.reader = reader;
    this.elements = elements;
  }

  /** Reads {@code type} and merges what it inherits from its profile superinterfaces. */
  public ProfileModel read(TypeElement type) {
    return read(type, new LinkedHashSet<>());
  }

  private ProfileModel read(TypeElement type, Set<String> visiting) {
    ProfileModel own = reader.read(type);
    if (type.getKind() != ElementKind.INTERFACE
        || !visiting.add(type.getQualifiedName().toString())) {
      return own;
    }
    ProfileModel merged = own;
    List<ToolModel> inherited = new ArrayList<>();
    for (TypeMirror parentType : type.getInterfaces()) {
      if (!(parentType instanceof DeclaredType declared)) {
        continue;
      }
      TypeElement parent = (TypeElement) declared.asElement();
      if (ProfileReader.findAnnotation(parent, AnnotationNames.REALTIME_SESSION).isEmpty()) {
        continue;
      }
      ProfileModel parentModel = read(parent, visiting);
      merged = inherit(merged, parentModel);
      for (ToolModel t : parentModel.tools()) {
        if (inherited.stream().noneMatch(i -> i.method().equals(t.method()))) {
          inherited.add(t);
        }
      }
    }
    visiting.remove(type.getQualifiedName().toString());
    List<ToolModel> tools = new ArrayList<>();
    for (ToolModel t : inherited) {
      if (own.tools().stream().noneMatch(o -> overrides(o, t, type))) {
        tools.add(t);
      }
    }
    tools.addAll(own.tools());
    return withTools(merged, tools);
  }

  private boolean overrides(ToolModel child, ToolModel parent, TypeElement in) {
    ExecutableElement c = child.method();
    ExecutableElement p = parent.method();
    return c.getSimpleName().equals(p.getSimpleName()) && elements.overrides(c, p, in);
  }

  /** {@code child} with each attribute it did not write taken from {@code parent}. */
  static ProfileModel inherit(ProfileModel child, ProfileModel parent) {
    boolean ownModel = child.model().explicit() || child.modelId().explicit();
    boolean ownVoice = child.voice().explicit() || child.voiceId().explicit();
    return new ProfileModel(
        child.type(),
        child.qualifiedName(),
        child.packageName(),
        child.simpleNames(),
        child.shape(),
        child.mirror(),
        pick(child.api(), parent.api()),
        ownModel ? child.model() : parent.model(),
        ownModel ? child.modelId() : parent.modelId(),
        ownVoice ? child.voice() : parent.voice(),
        ownVoice ? child.voiceId() : parent.voiceId(),
        pick(child.modalities(), parent.modalities()),
        pick(child.instructions(), parent.instructions()),
        pick(child.inputAudioFormat(), parent.inputAudioFormat()),
        pick(child.outputAudioFormat(), parent.outputAudioFormat()),
        pick(child.inputAudioTranscription(), parent.inputAudioTranscription()),
        pick(child.turnDetection(), parent.turnDetection()),
        pick(child.noiseReduction(), parent.noiseReduction()),
        pick(child.toolChoice(), parent.toolChoice()),
        pick(child.temperature(), parent.temperature()),
        pick(child.maxResponseOutputTokens(), parent.maxResponseOutputTokens()),
        pick(child.speed(), parent.speed()),
        pick(child.expiresAfterSeconds(), parent.expiresAfterSeconds()),
        pick(child.extra(), parent.extra()),
        child.tools(),
        child.components());
  }

  private static <T> Attr<T> pick(Attr<T> child, Attr<T> parent) {
    return child.explicit() || !parent.explicit() ? child : parent;
  }

  private static ProfileModel withTools(ProfileModel p, List<ToolModel> tools) {
    return new ProfileModel(p.type(), p.qualifiedName(), p.packageName(), p.simpleNames(),
        p.shape(), p.mirror(), p.api(), p.model(), p.modelId(), p.voice(), p.voiceId(),
        p.modalities(), p.instructions(), p.inputAudioFormat(), p.outputAudioFormat(),
        p.inputAudioTranscription(), p.turnDetection(), p.noiseReduction(), p.toolChoice(),
        p.temperature(), p.maxResponseOutputTokens(), p.speed(), p.expiresAfterSeconds(),
        p.extra(), tools, p.components());
  }
}
