package dev.realtimeprofiles.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Reads a Java type of a tool signature into its {@link JsonType}; cycle-safe for records. */
final class JsonTypeReader {
  private final Types types;

  JsonTypeReader(Types types) {
    this.types = types;
  }

  JsonType read(TypeMirror type) {
    return read(type, Set.of());
  }

  private JsonType read(TypeMirror type, Set<String> visiting) {
    String javaType = type.toString();
    switch (type.getKind()) {
      case BOOLEAN:
        return new JsonType.Scalar(javaType, JsonType.Kind.BOOLEAN, true);
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
        return new JsonType.Scalar(javaType, JsonType.Kind.INTEGER, true);
      case FLOAT:
      case DOUBLE:
        return new JsonType.Scalar(javaType, JsonType.Kind.NUMBER, true);
      case CHAR:
        return new JsonType.Scalar(javaType, JsonType.Kind.STRING, true);
      case VOID:
        return new JsonType.VoidType(javaType);
      case ARRAY:
        return new JsonType.ArrayType(javaType, JsonType.Container.ARRAY,
            read(((ArrayType) type).getComponentType(), visiting));
      case TYPEVAR:
        return new JsonType.Unsupported(javaType, "a type variable");
      case WILDCARD:
        return new JsonType.Unsupported(javaType, "a wildcard");
      case ERROR:
        return new JsonType.Unresolved(javaType);
      case DECLARED:
        return declared((DeclaredType) type, javaType, visiting);
      default:
        return new JsonType.Unsupported(javaType, "not a type JSON can carry");
    }
  }

  private JsonType declared(DeclaredType type, String javaType, Set<String> visiting) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> args = type.getTypeArguments();
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element e : element.getEnclosedElements()) {
        if (e.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(e.getSimpleName().toString());
        }
      }
      return new JsonType.EnumType(javaType, name, constants);
    }
    switch (name) {
      case "java.lang.String":
      case "java.lang.Character":
        return new JsonType.Scalar(javaType, JsonType.Kind.STRING, false);
      case "java.lang.Boolean":
        return new JsonType.Scalar(javaType, JsonType.Kind.BOOLEAN, false);
      case "java.lang.Byte":
      case "java.lang.Short":
      case "java.lang.Integer":
      case "java.lang.Long":
        return new JsonType.Scalar(javaType, JsonType.Kind.INTEGER, false);
      case "java.lang.Float":
      case "java.lang.Double":
        return new JsonType.Scalar(javaType, JsonType.Kind.NUMBER, false);
      case "java.util.List":
      case "java.util.Set":
      case "java.util.Collection":
        if (args.isEmpty()) {
          return new JsonType.Unsupported(javaType, "a raw type");
        }
        JsonType.Container container =
            name.endsWith("List")
                ? JsonType.Container.LIST
                : name.endsWith("Set") ? JsonType.Container.SET : JsonType.Container.COLLECTION;
        return new JsonType.ArrayType(javaType, container, read(args.get(0), visiting));
      case "java.util.Optional":
        if (args.isEmpty()) {
          return new JsonType.Unsupported(javaType, "a raw type");
        }
        return new JsonType.OptionalType(javaType, read(args.get(0), visiting));
      case "java.util.Map":
        if (args.isEmpty()) {
          return new JsonType.Unsupported(javaType, "a raw type");
        }
        TypeMirror key = args.get(0);
        if (key.getKind() == javax.lang.model.type.TypeKind.ERROR) {
          return new JsonType.Unresolved(key.toString());
        }
        if (!key.toString().equals("java.lang.String")) {
          return new JsonType.Unsupported(javaType, "a Map whose keys are not String");
        }
        return new JsonType.MapType(javaType, read(args.get(1), visiting));
      default:
        break;
    }
    if (element.getKind() == ElementKind.RECORD) {
      if (args.size() != element.getTypeParameters().size()) {
        return new JsonType.Unsupported(javaType, "a raw type");
      }
      if (visiting.contains(name)) {
        return new JsonType.RecordRef(javaType, name);
      }
      Set<String> inner = new HashSet<>(visiting);
      inner.add(name);
      List<JsonType.Property> properties = new ArrayList<>();
      for (RecordComponentElement c : element.getRecordComponents()) {
        ExecutableType accessor = (ExecutableType) types.asMemberOf(type, c.getAccessor());
        properties.add(new JsonType.Property(c, c.getSimpleName().toString(),
            read(accessor.getReturnType(), inner), paramDescription(c)));
      }
      return new JsonType.RecordType(javaType, name, properties);
    }
    return new JsonType.Unsupported(javaType, "not a type JSON can carry");
  }

  /** The {@code @Param(description)} on an element, or empty. */
  private static String paramDescription(Element element) {
    return ProfileReader.findAnnotation(element, AnnotationNames.PARAM)
        .flatMap(m -> m.getElementValues().entrySet().stream()
            .filter(e -> e.getKey().getSimpleName().contentEquals("description"))
            .map(e -> String.valueOf(e.getValue().getValue()))
            .findFirst())
        .orElse("");
  }
}
