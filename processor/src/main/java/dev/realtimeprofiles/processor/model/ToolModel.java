package dev.realtimeprofiles.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @Tool} method.
 *
 * @param method the method, to report on and to call from generated code
 * @param toolMirror its {@code @Tool} annotation
 * @param name the {@code name} attribute; when not written its value is the method's name
 * @param description the {@code description} attribute
 * @param methodName the Java method name
 * @param owner qualified name of the type that declares the method
 * @param isStatic whether the method is static
 * @param isPrivate whether the method is private
 * @param isDefault whether the method is an interface default method
 * @param isGeneric whether the method declares type parameters
 * @param params the parameters in order
 * @param returnType the JSON shape of the return type ({@link JsonType.VoidType} for void)
 * @param returnTypeMirror the Java return type
 */
public record ToolModel(
    ExecutableElement method,
    AnnotationMirror toolMirror,
    Attr<String> name,
    Attr<String> description,
    String methodName,
    String owner,
    boolean isStatic,
    boolean isPrivate,
    boolean isDefault,
    boolean isGeneric,
    List<ParamModel> params,
    JsonType returnType,
    TypeMirror returnTypeMirror) {

  public ToolModel {
    params = List.copyOf(params);
  }

  /** The function name the model sees. */
  public String toolName() {
    return name.value();
  }
}
