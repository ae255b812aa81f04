package dev.realtimeprofiles.processor.model;

import dev.realtimeprofiles.Eagerness;
import dev.realtimeprofiles.TurnDetectionType;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/** The {@code @TurnDetection} of a profile; each attribute keeps whether it was written. */
public record TurnDetectionModel(
    AnnotationMirror mirror,
    Attr<TurnDetectionType> type,
    Attr<Double> threshold,
    Attr<Integer> prefixPaddingMs,
    Attr<Integer> silenceDurationMs,
    Attr<Integer> idleTimeoutMs,
    Attr<Eagerness> eagerness,
    Attr<Boolean> createResponse,
    Attr<Boolean> interruptResponse) {

  /** Attributes that belong to {@code server_vad} only. */
  public List<Attr<?>> serverVadOnly() {
    return List.of(threshold, prefixPaddingMs, silenceDurationMs, idleTimeoutMs);
  }

  /** Attributes that belong to {@code semantic_vad} only. */
  public List<Attr<?>> semanticVadOnly() {
    return List.of(eagerness);
  }

  /** Every attribute except {@code type}, in declaration order. */
  public List<Attr<?>> allButType() {
    return List.of(
        threshold,
        prefixPaddingMs,
        silenceDurationMs,
        idleTimeoutMs,
        eagerness,
        createResponse,
        interruptResponse);
  }
}
