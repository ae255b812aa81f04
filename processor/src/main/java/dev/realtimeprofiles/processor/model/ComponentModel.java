package dev.realtimeprofiles.processor.model;

import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.type.TypeMirror;

/** A component of a record profile: a value for an instructions placeholder. */
public record ComponentModel(RecordComponentElement element, String name, TypeMirror type) {}
