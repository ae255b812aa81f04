package dev.realtimeprofiles.runtime;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A type an argument converts to, generic types included: generated code writes
 * {@code ArgumentType.of(String.class)} or {@code new ArgumentType<List<Item>>() {}}.
 *
 * @param <T> the type
 */
public abstract class ArgumentType<T> {
  private final Type type;

  /** Captures {@code T} from the anonymous subclass's type argument. */
  protected ArgumentType() {
    Type superclass = getClass().getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType)) {
      throw new IllegalStateException("ArgumentType must be created with a type argument");
    }
    this.type = ((ParameterizedType) superclass).getActualTypeArguments()[0];
  }

  private ArgumentType(Type type) {
    this.type = type;
  }

  /** The type of {@code type}, primitives included (converted to their box). */
  public static <T> ArgumentType<T> of(Class<T> type) {
    Objects.requireNonNull(type, "type == null");
    return new ArgumentType<T>(box(type)) {};
  }

  /** The Java type arguments convert to. */
  public Type type() {
    return type;
  }

  private static Type box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) {
      return Integer.class;
    } else if (type == long.class) {
      return Long.class;
    } else if (type == boolean.class) {
      return Boolean.class;
    } else if (type == double.class) {
      return Double.class;
    } else if (type == float.class) {
      return Float.class;
    } else if (type == short.class) {
      return Short.class;
    } else if (type == byte.class) {
      return Byte.class;
    } else if (type == char.class) {
      return Character.class;
    }
    throw new IllegalArgumentException("no argument type for " + type);
  }

  @Override
  public String toString() {
    return "ArgumentType<" + type.getTypeName() + ">";
  }
}
