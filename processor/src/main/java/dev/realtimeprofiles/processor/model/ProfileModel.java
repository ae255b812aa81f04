package dev.realtimeprofiles.processor.model;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.Voice;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Everything one {@code @RealtimeSession} type says, read once from its annotation mirrors. Plain
 * and immutable: validation and code generation work on this, never on mirrors.
 *
 * @param type the profile type (report on it; the originating element of generated files)
 * @param qualifiedName its canonical name, e.g. {@code com.acme.Outer.SupportAgent}
 * @param packageName its package, empty for the unnamed package
 * @param simpleNames its simple name and those of its enclosing types, outermost first
 * @param shape whether it can be a profile at all
 * @param mirror its {@code @RealtimeSession}
 * @param tools its {@code @Tool} methods in source order
 * @param components for a record profile, its components in order; else empty
 * @param parents the {@code @RealtimeSession} interfaces this one extends, each already merged
 *     with its own parents, in {@code extends} order. Every attribute this profile does not
 *     write is taken from the first parent that writes it (keeping the parent's location to
 *     report on), and {@link #tools} holds the parents' tools (those not overridden) first.
 */
public record ProfileModel(
    TypeElement type,
    String qualifiedName,
    String packageName,
    List<String> simpleNames,
    TypeShape shape,
    AnnotationMirror mirror,
    Attr<Api> api,
    Attr<Model> model,
    Attr<String> modelId,
    Attr<Voice> voice,
    Attr<String> voiceId,
    Attr<List<Modality>> modalities,
    Attr<String> instructions,
    Attr<AudioFormat> inputAudioFormat,
    Attr<AudioFormat> outputAudioFormat,
    Attr<TranscriptionModel> inputAudioTranscription,
    Attr<TurnDetectionModel> turnDetection,
    Attr<NoiseReduction> noiseReduction,
    Attr<String> toolChoice,
    Attr<Double> temperature,
    Attr<Integer> maxResponseOutputTokens,
    Attr<Double> speed,
    Attr<Integer> expiresAfterSeconds,
    Attr<String> extra,
    List<ToolModel> tools,
    List<ComponentModel> components,
    List<ProfileModel> parents) {

  public ProfileModel {
    simpleNames = List.copyOf(simpleNames);
    tools = List.copyOf(tools);
    components = List.copyOf(components);
    parents = List.copyOf(parents);
  }

  /** Whether this profile is a record (parameterised instructions). */
  public boolean isRecord() {
    return shape.kind() == TypeShape.Kind.RECORD;
  }

  /** The target API shape. */
  public Api targetApi() {
    return api.value();
  }

  /** Every top-level attribute of {@code @RealtimeSession}, in declaration order. */
  public List<Attr<?>> attributes() {
    return List.of(
        api,
        model,
        modelId,
        voice,
        voiceId,
        modalities,
        instructions,
        inputAudioFormat,
        outputAudioFormat,
        inputAudioTranscription,
        turnDetection,
        noiseReduction,
        toolChoice,
        temperature,
        maxResponseOutputTokens,
        speed,
        expiresAfterSeconds,
        extra);
  }

  /**
   * Whether the request carries input audio transcription: the validator's clash check and the
   * generated config must agree on this.
   */
  public boolean writesTranscription() {
    TranscriptionModel t = inputAudioTranscription.value();
    return inputAudioTranscription.explicit()
        || t.model().explicit()
        || t.language().explicit()
        || t.prompt().explicit();
  }

  /** Whether the request carries turn detection (see {@link #writesTranscription()}). */
  public boolean writesTurnDetection() {
    return turnDetection.explicit() || turnDetection.value().type().explicit();
  }

  /** Java types in tool signatures that javac has not resolved yet (empty when none). */
  public List<String> unresolvedTypes() {
    List<String> out = new ArrayList<>();
    for (ToolModel tool : tools) {
      collectUnresolved(tool.returnType(), out);
      for (ParamModel p : tool.params()) {
        collectUnresolved(p.type(), out);
      }
    }
    return out;
  }

  private static void collectUnresolved(JsonType t, List<String> out) {
    if (t instanceof JsonType.Unresolved u) {
      out.add(u.javaType());
    } else if (t instanceof JsonType.ArrayType a) {
      collectUnresolved(a.items(), out);
    } else if (t instanceof JsonType.OptionalType o) {
      collectUnresolved(o.value(), out);
    } else if (t instanceof JsonType.MapType m) {
      collectUnresolved(m.values(), out);
    } else if (t instanceof JsonType.RecordType r) {
      for (JsonType.Property p : r.properties()) {
        collectUnresolved(p.type(), out);
      }
    }
  }
}
