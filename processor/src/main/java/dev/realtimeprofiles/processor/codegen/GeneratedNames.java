package dev.realtimeprofiles.processor.codegen;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The one naming rule of generated types: prefix {@code Realtime}, enclosing types joined with
 * {@code _}, in the profile's package. {@code com.acme.SupportAgent} gives {@code
 * com.acme.RealtimeSupportAgent}; {@code com.acme.Outer.Inner} gives {@code
 * com.acme.RealtimeOuter_Inner} (like {@code DaggerOuter_Inner}).
 */
public final class GeneratedNames {
  /** The prefix of every generated stub. */
  public static final String PREFIX = "Realtime";

  private GeneratedNames() {}

  /**
   * The stub of a profile.
   *
   * @param packageName the profile's package, empty for the unnamed package
   * @param simpleNames the profile's simple name and those of its enclosing types, outermost first
   */
  public static ClassName stub(String packageName, List<String> simpleNames) {
    if (simpleNames.isEmpty()) {
      throw new IllegalArgumentException("no simple names");
    }
    return ClassName.get(packageName, PREFIX + String.join("_", simpleNames));
  }

  /** The nested dispatcher of a profile's tools, e.g. {@code SupportAgentToolDispatcher}. */
  static String dispatcher(List<String> simpleNames) {
    return simpleNames.get(simpleNames.size() - 1) + "ToolDispatcher";
  }
}
