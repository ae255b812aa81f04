package dev.realtimeprofiles.processor.codegen;

import javax.lang.model.util.Elements;

/**
 * What the compilation being processed offers generated code beyond the runtime:
 * {@code javax.annotation.processing.Generated} (in {@code java.compiler}, absent from some
 * restricted module setups). Generated code uses only what is there, so it always compiles.
 *
 * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} exists
 */
record RuntimeFeatures(boolean generatedAnnotation) {

  static RuntimeFeatures of(Elements elements) {
    return new RuntimeFeatures(elements.getTypeElement(RuntimeNames.GENERATED) != null);
  }
}
