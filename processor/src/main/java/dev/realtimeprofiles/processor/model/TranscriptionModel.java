package dev.realtimeprofiles.processor.model;

import javax.lang.model.element.AnnotationMirror;

/** The {@code @Transcription} of a profile; each attribute keeps whether it was written. */
public record TranscriptionModel(
    AnnotationMirror mirror, Attr<String> model, Attr<String> language, Attr<String> prompt) {}
