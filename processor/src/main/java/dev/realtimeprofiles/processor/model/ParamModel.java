package dev.realtimeprofiles.processor.model;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A parameter of a tool method.
 *
 * @param name the Java parameter name, also the JSON property name
 * @param type its JSON shape
 * @param typeMirror the Java type, for code generation
 * @param description the {@code @Param(description)} (not written: empty, mirror may be null)
 */
public record ParamModel(
    VariableElement element,
    String name,
    JsonType type,
    TypeMirror typeMirror,
    Attr<String> description) {}
