package dev.realtimeprofiles.processor.validate;

import dev.realtimeprofiles.processor.model.JsonType;
import dev.realtimeprofiles.processor.model.Location;
import dev.realtimeprofiles.processor.model.ParamModel;
import dev.realtimeprofiles.processor.model.ProfileModel;
import dev.realtimeprofiles.processor.model.ToolModel;
import dev.realtimeprofiles.processor.model.TypeShape;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code @Tool} methods: placement, name, description, parameter and return types. */
final class ToolRules implements Rule {
  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");
  static final int MAX_DESCRIPTION = 1024;

  @Override
  public void check(ProfileModel p, ValidationReport.Builder report) {
    TypeShape.Kind kind = p.shape().kind();
    if (kind == TypeShape.Kind.RECORD) {
      for (ToolModel t : p.tools()) {
        report.report(Message.TOOL_ON_RECORD, at(t), t.methodName());
      }
      return;
    }
    if (kind != TypeShape.Kind.INTERFACE) {
      return; // ProfileTypeRule reports the type itself
    }
    Map<String, ToolModel> byName = new HashMap<>();
    for (ToolModel t : p.tools()) {
      placement(t, report);
      name(t, byName, report);
      if (t.description().value().length() > MAX_DESCRIPTION) {
        report.report(Message.TOOL_DESCRIPTION_LENGTH, t.description(),
            t.description().value().length());
      }
      if (t.isGeneric()) {
        continue; // its type variables are the one problem; don't report each use of them
      }
      for (ParamModel param : t.params()) {
        offending(param.type(), false)
            .ifPresent(bad -> report.report(Message.TOOL_PARAMETER_TYPE,
                Location.of(param.element()), param.name(), t.toolName(),
                param.type().javaType(), bad.javaType(), reason(bad)));
      }
      if (!(t.returnType() instanceof JsonType.VoidType)) {
        offending(t.returnType(), true)
            .ifPresent(bad -> report.report(Message.TOOL_RETURN_TYPE,
                Location.of(t.method()), t.returnType().javaType(), t.toolName(),
                bad.javaType(), reason(bad)));
      }
    }
  }

  private static Location at(ToolModel t) {
    return Location.of(t.method(), t.toolMirror());
  }

  private static void placement(ToolModel t, ValidationReport.Builder report) {
    if (t.isStatic()) {
      report.report(Message.TOOL_NOT_INSTANCE, at(t), t.methodName(), "static");
    } else if (t.isPrivate()) {
      report.report(Message.TOOL_NOT_INSTANCE, at(t), t.methodName(), "private");
    }
    if (t.isGeneric()) {
      report.report(Message.TOOL_GENERIC, at(t), t.methodName());
    }
  }

  private static void name(ToolModel t, Map<String, ToolModel> byName,
      ValidationReport.Builder report) {
    String name = t.toolName();
    if (!NAME.matcher(name).matches()) {
      String how = t.name().explicit() ? "" : " (the method name; set @Tool(name = ...))";
      report.report(Message.TOOL_NAME_PATTERN, t.name(), Texts.quote(name), how);
    }
    ToolModel first = byName.putIfAbsent(name, t);
    if (first != null) {
      report.report(Message.TOOL_NAME_DUPLICATE, t.name(), Texts.quote(name), first.methodName());
    }
  }

  /** The innermost part of {@code type} with no JSON mapping, if any. */
  static Optional<JsonType> offending(JsonType type, boolean mapAllowed) {
    if (type instanceof JsonType.Unsupported || type instanceof JsonType.VoidType) {
      return Optional.of(type);
    }
    if (type instanceof JsonType.MapType m) {
      return mapAllowed ? offending(m.values(), true) : Optional.of(type);
    }
    if (type instanceof JsonType.ArrayType a) {
      return offending(a.items(), mapAllowed);
    }
    if (type instanceof JsonType.OptionalType o) {
      return offending(o.value(), mapAllowed);
    }
    if (type instanceof JsonType.RecordType r) {
      for (JsonType.Property prop : r.properties()) {
        Optional<JsonType> bad = offending(prop.type(), mapAllowed);
        if (bad.isPresent()) {
          return bad;
        }
      }
    }
    return Optional.empty();
  }

  private static String reason(JsonType bad) {
    if (bad instanceof JsonType.Unsupported u) {
      return u.reason();
    }
    if (bad instanceof JsonType.MapType) {
      return "a Map, which only a return type may be";
    }
    return "void";
  }
}
