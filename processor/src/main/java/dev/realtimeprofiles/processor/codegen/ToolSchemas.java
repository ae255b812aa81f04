package dev.realtimeprofiles.processor.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.realtimeprofiles.processor.model.JsonType;
import dev.realtimeprofiles.processor.model.ParamModel;
import dev.realtimeprofiles.processor.model.ToolModel;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * The JSON Schema of a tool's arguments, derived from the Java signature at compile time: an
 * object with one property per parameter, in declaration order, {@code required} for every
 * parameter that is neither {@code Optional} nor annotated {@code @Nullable}, and no additional
 * properties. Records become nested objects of the same form; a record that contains itself refers
 * to its first occurrence with {@code $ref}.
 */
final class ToolSchemas {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ToolSchemas() {}

  /** The {@code parameters} schema of {@code tool} as compact JSON text. */
  static String parameters(ToolModel tool) {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    Map<String, String> seen = new HashMap<>();
    for (ParamModel p : tool.params()) {
      properties.set(
          p.name(),
          schema(p.type(), p.description().value(), "#/properties/" + p.name(), seen));
      if (isRequired(p.type(), p.element())) {
        required.add(p.name());
      }
    }
    schema.set("required", required);
    schema.put("additionalProperties", false);
    return write(schema);
  }

  /** Whether a parameter or component of this type and declaration must be present. */
  static boolean isRequired(JsonType type, Element declaration) {
    if (type instanceof JsonType.OptionalType) {
      return false;
    }
    boolean primitive = type instanceof JsonType.Scalar s && s.primitive();
    return primitive || !Nullables.isNullable(declaration);
  }

  private static ObjectNode schema(
      JsonType type, String description, String pointer, Map<String, String> seen) {
    ObjectNode node = NODES.objectNode();
    if (type instanceof JsonType.Scalar s) {
      node.put("type", s.kind().schemaType());
      if (s.javaType().equals("char") || s.javaType().equals("java.lang.Character")) {
        node.put("minLength", 1);
        node.put("maxLength", 1);
      }
    } else if (type instanceof JsonType.EnumType e) {
      node.put("type", "string");
      ArrayNode values = node.putArray("enum");
      e.constants().forEach(values::add);
    } else if (type instanceof JsonType.ArrayType a) {
      node.put("type", "array");
      node.set("items", schema(a.items(), "", pointer + "/items", seen));
      if (a.container() == JsonType.Container.SET) {
        node.put("uniqueItems", true);
      }
    } else if (type instanceof JsonType.OptionalType o) {
      return schema(o.value(), description, pointer, seen);
    } else if (type instanceof JsonType.RecordType r) {
      Map<String, String> inner = new HashMap<>(seen);
      inner.put(r.qualifiedName(), pointer);
      node.put("type", "object");
      ObjectNode properties = node.putObject("properties");
      ArrayNode required = NODES.arrayNode();
      for (JsonType.Property p : r.properties()) {
        properties.set(
            p.name(),
            schema(p.type(), p.description(), pointer + "/properties/" + p.name(), inner));
        if (isRequired(p.type(), p.element())) {
          required.add(p.name());
        }
      }
      node.set("required", required);
      node.put("additionalProperties", false);
    } else if (type instanceof JsonType.RecordRef ref) {
      String target = seen.get(ref.qualifiedName());
      if (target == null) {
        throw new IllegalStateException("no enclosing schema for " + ref.javaType());
      }
      node.put("$ref", target);
    } else {
      // Validation admits no other parameter type.
      throw new IllegalStateException("no JSON Schema for " + type);
    }
    if (!description.isEmpty()) {
      node.put("description", description);
    }
    return node;
  }

  private static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }
}
