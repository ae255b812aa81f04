package dev.realtimeprofiles.processor.model;

import java.util.List;
import javax.lang.model.element.RecordComponentElement;

/**
 * The JSON shape of a Java type used in a tool signature, as the reader found it. Validation
 * decides which shapes are allowed where (a {@link MapType} is fine as a return type but not as
 * a parameter); code generation turns the valid ones into JSON Schema.
 */
public sealed interface JsonType {

  /** The Java type as written in source, for messages and generated code. */
  String javaType();

  /** JSON Schema primitive kinds. */
  enum Kind {
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    BOOLEAN("boolean");

    private final String schemaType;

    Kind(String schemaType) {
      this.schemaType = schemaType;
    }

    /** The JSON Schema {@code type}. */
    public String schemaType() {
      return schemaType;
    }
  }

  /** {@code String}, {@code char}, a primitive or its box. */
  record Scalar(String javaType, Kind kind, boolean primitive) implements JsonType {}

  /** An enum; Jackson writes its constants by name. */
  record EnumType(String javaType, String qualifiedName, List<String> constants)
      implements JsonType {
    public EnumType {
      constants = List.copyOf(constants);
    }
  }

  /** How a JSON array is held in Java. */
  enum Container {
    ARRAY,
    LIST,
    SET,
    COLLECTION
  }

  /** A Java array, {@code List}, {@code Set} or {@code Collection}. */
  record ArrayType(String javaType, Container container, JsonType items) implements JsonType {}

  /** {@code Optional<T>}: a property that may be absent. */
  record OptionalType(String javaType, JsonType value) implements JsonType {}

  /** {@code Map<String, T>}: a JSON object with arbitrary keys. */
  record MapType(String javaType, JsonType values) implements JsonType {}

  /** A record: a JSON object whose properties are its components, in declaration order. */
  record RecordType(String javaType, String qualifiedName, List<Property> properties)
      implements JsonType {
    public RecordType {
      properties = List.copyOf(properties);
    }
  }

  /** A record already being described further up (a cycle): refer to it by name. */
  record RecordRef(String javaType, String qualifiedName) implements JsonType {}

  /**
   * One record component as a JSON property; description from its {@code @Param}, or empty.
   * The component itself says whether the property may be null.
   */
  record Property(
      RecordComponentElement element, String name, JsonType type, String description) {}

  /** {@code void}: the tool returns nothing. */
  record VoidType(String javaType) implements JsonType {}

  /** A type with no JSON mapping, with the reason, e.g. "a type variable". */
  record Unsupported(String javaType, String reason) implements JsonType {}

  /** A type javac could not resolve yet (perhaps generated later in this build). */
  record Unresolved(String javaType) implements JsonType {}
}
