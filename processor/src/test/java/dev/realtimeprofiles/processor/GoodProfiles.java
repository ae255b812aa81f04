package dev.realtimeprofiles.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** The valid test profiles under {@code src/test/resources/good}, compiled once per test class. */
final class GoodProfiles {
  private GoodProfiles() {}

  /** Every source file under {@code good/}, sorted by path. */
  static List<JavaFileObject> sources() {
    URL root = GoodProfiles.class.getResource("/good");
    try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .sorted()
          .map(p -> {
            try {
              return JavaFileObjects.forResource(p.toUri().toURL());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The good profiles compiled with a fresh processor and {@code options}. */
  static Compilation compile(String... options) {
    return Compiler.javac()
        .withProcessors(new RealtimeSessionProcessor())
        .withOptions((Object[]) options)
        .compile(sources());
  }
}
