package dev.realtimeprofiles.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes of a compile-testing compilation; everything else (the runtime, JDK) comes
 * from the test's class loader, so values cross the boundary without conversion.
 */
final class CompiledClasses extends ClassLoader {
  private static final String OUTPUT = "CLASS_OUTPUT/";
  private final Map<String, byte[]> classes = new HashMap<>();

  CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject f : compilation.generatedFiles()) {
      String path = f.toUri().getPath();
      int at = path.indexOf(OUTPUT);
      if (f.getKind() == JavaFileObject.Kind.CLASS && at >= 0) {
        String name = path.substring(at + OUTPUT.length(), path.length() - ".class".length())
            .replace('/', '.');
        try (InputStream in = f.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** The class {@code name} of the compilation. */
  Class<?> load(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(name + " was not compiled", e);
    }
  }

  /** The value of the static field {@code field} of {@code type}. */
  Object staticField(String type, String field) {
    try {
      return load(type).getField(field).get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
