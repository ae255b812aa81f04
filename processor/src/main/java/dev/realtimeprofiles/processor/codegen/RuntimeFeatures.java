package dev.realtimeprofiles.processor.codegen;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What the compilation being processed offers generated code: the runtime's WebSocket API
 * ({@code RealtimeClient.connect(...)}, which arrived after the HTTP API) and
 * {@code javax.annotation.processing.Generated}. Generated code uses only what is there, so it
 * always compiles.
 *
 * @param connect whether {@code RealtimeClient} has {@code connect(...)} and {@code
 *     RealtimeListener} exists
 * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} exists
 */
record RuntimeFeatures(boolean connect, boolean generatedAnnotation) {

  static RuntimeFeatures of(Elements elements) {
    TypeElement client = elements.getTypeElement(RuntimeNames.REALTIME_CLIENT.canonicalName());
    boolean connect =
        client != null
            && elements.getTypeElement(RuntimeNames.REALTIME_LISTENER.canonicalName()) != null
            && elements.getTypeElement(RuntimeNames.REALTIME_CONNECTION.canonicalName()) != null
            && hasMethod(client, "connect", 3)
            && hasMethod(client, "connect", 2);
    return new RuntimeFeatures(connect, elements.getTypeElement(RuntimeNames.GENERATED) != null);
  }

  private static boolean hasMethod(TypeElement type, String name, int parameters) {
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (m.getSimpleName().contentEquals(name) && m.getParameters().size() == parameters) {
        return true;
      }
    }
    return false;
  }
}
