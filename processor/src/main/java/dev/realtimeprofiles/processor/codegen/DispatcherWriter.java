package dev.realtimeprofiles.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.realtimeprofiles.processor.model.JsonType;
import dev.realtimeprofiles.processor.model.ParamModel;
import dev.realtimeprofiles.processor.model.ToolModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The nested {@code ToolDispatcher} of an interface profile: a {@code switch} on the tool name
 * that converts each argument with {@code ToolArguments} and calls the user's method. No
 * reflection.
 */
final class DispatcherWriter {
  private final Types types;

  DispatcherWriter(Types types) {
    this.types = types;
  }

  TypeSpec write(ClassName dispatcher, TypeName profile, List<ToolModel> tools) {
    List<String> names = new ArrayList<>();
    for (ToolModel t : tools) {
      names.add(t.toolName());
    }
    Collections.sort(names);
    CodeBlock.Builder literals = CodeBlock.builder();
    for (int i = 0; i < names.size(); i++) {
      literals.add(i == 0 ? "$S" : ", $S", names.get(i));
    }
    TypeName setOfString = ParameterizedTypeName.get(Set.class, String.class);
    FieldSpec toolNames =
        FieldSpec.builder(setOfString, "TOOL_NAMES", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$T.unmodifiableSortedSet($Znew $T<>($T.asList($L)))", Collections.class,
                TreeSet.class, Arrays.class, literals.build())
            .build();

    MethodSpec constructor =
        MethodSpec.constructorBuilder()
            .addParameter(profile, "tools")
            .addStatement("this.tools = $T.requireNonNull(tools, $S)", Objects.class,
                "tools == null")
            .build();

    MethodSpec toolNamesMethod =
        MethodSpec.methodBuilder("toolNames")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(setOfString)
            .addStatement("return $N", toolNames)
            .build();

    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (call.name())");
    for (ToolModel t : tools) {
      body.add("case $S:\n", t.toolName()).indent();
      CodeBlock invocation = invocation(t);
      if (t.returnType() instanceof JsonType.VoidType) {
        body.addStatement("$L", invocation);
        body.addStatement("return $T.ofVoid()", RuntimeNames.TOOL_RESULTS);
      } else {
        body.addStatement("return $T.toJson($L)", RuntimeNames.TOOL_RESULTS, invocation);
      }
      body.unindent();
    }
    body.add("default:\n").indent()
        .addStatement("throw $T.unknownTool(call.name(), $N)", RuntimeNames.TOOL_CALL_EXCEPTION,
            toolNames)
        .unindent()
        .endControlFlow();

    MethodSpec dispatch =
        MethodSpec.methodBuilder("dispatch")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addParameter(RuntimeNames.TOOL_CALL, "call")
            .addException(Exception.class)
            .addCode(body.build())
            .build();

    return TypeSpec.classBuilder(dispatcher)
        .addJavadoc("Runs the model's function calls against a {@link $T}.\n", profile)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(RuntimeNames.TOOL_DISPATCHER)
        .addField(toolNames)
        .addField(profile, "tools", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor)
        .addMethod(toolNamesMethod)
        .addMethod(dispatch)
        .build();
  }

  /** {@code tools.lookupOrder(call.arguments().get("orderId", ArgumentType.of(String.class)))}. */
  private CodeBlock invocation(ToolModel t) {
    if (t.params().isEmpty()) {
      return CodeBlock.of("tools.$N()", t.methodName());
    }
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < t.params().size(); i++) {
      args.add(i == 0 ? "\n" : ",\n").add(argument(t.params().get(i)));
    }
    return CodeBlock.builder()
        .add("tools.$N(", t.methodName())
        .add(args.build())
        .add(")")
        .build();
  }

  private CodeBlock argument(ParamModel p) {
    if (p.type() instanceof JsonType.OptionalType) {
      TypeMirror value = ((DeclaredType) p.typeMirror()).getTypeArguments().get(0);
      return CodeBlock.of("call.arguments().getOptional($S, $L)", p.name(), argumentType(value));
    }
    String getter = ToolSchemas.isRequired(p.type(), p.element()) ? "get" : "getOrNull";
    return CodeBlock.of("call.arguments().$N($S, $L)", getter, p.name(),
        argumentType(p.typeMirror()));
  }

  /** {@code ArgumentType.of(String.class)}, or {@code new ArgumentType<List<Item>>() {}}. */
  private CodeBlock argumentType(TypeMirror type) {
    if (isReifiable(type)) {
      return CodeBlock.of("$T.of($T.class)", RuntimeNames.ARGUMENT_TYPE,
          TypeName.get(types.erasure(type)));
    }
    return CodeBlock.of("new $T<$T>() {}", RuntimeNames.ARGUMENT_TYPE,
        TypeName.get(type).withoutAnnotations());
  }

  /** Primitives, non-generic classes and arrays of these: a class literal names them fully. */
  private static boolean isReifiable(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return true;
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return isReifiable(((ArrayType) type).getComponentType());
    }
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).getTypeArguments().isEmpty();
  }
}
