package dev.realtimeprofiles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a profile interface as a function tool the model may call. Its parameters
 * become the tool's JSON Schema ({@code String}, primitives and their boxes, enums, lists, arrays,
 * records, {@code Optional}); its return value, serialised by Jackson, is the tool's output.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Tool {

  /**
   * The function name the model sees, matching {@code ^[a-zA-Z0-9_-]{1,64}$} and unique in the
   * profile. Unset: the method's name.
   */
  String name() default "";

  /** What the tool does and when to call it, at most 1024 characters. */
  String description() default "";
}
