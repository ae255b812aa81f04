package dev.realtimeprofiles.processor;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/** The Eclipse compiler (ecj) for compile-testing, and what it needs of the sources. */
final class EclipseCompilers {
  private EclipseCompilers() {}

  /**
   * ecj as a {@code javax.tools.JavaCompiler}, for Java 17, without its own unused-import warning
   * (the test sources import {@code java.util.*} whether they use it or not).
   */
  static Compiler ecj() {
    return Compiler.compiler(new Quiet(new EclipseCompiler()))
        .withOptions("-17", "-warn:-unusedImport");
  }

  /**
   * ecj prints every problem to standard error when the task has no writer, as compile-testing
   * asks; the diagnostics still reach compile-testing through its listener.
   */
  private static final class Quiet implements JavaCompiler {
    private final JavaCompiler ecj;

    Quiet(JavaCompiler ecj) {
      this.ecj = ecj;
    }

    @Override
    public CompilationTask getTask(Writer out, JavaFileManager fileManager,
        DiagnosticListener<? super JavaFileObject> listener, Iterable<String> options,
        Iterable<String> classes, Iterable<? extends JavaFileObject> units) {
      return ecj.getTask(out == null ? new StringWriter() : out, fileManager, listener, options,
          classes, units);
    }

    @Override
    public StandardJavaFileManager getStandardFileManager(
        DiagnosticListener<? super JavaFileObject> listener, Locale locale, Charset charset) {
      return ecj.getStandardFileManager(listener, locale, charset);
    }

    @Override
    public int isSupportedOption(String option) {
      return ecj.isSupportedOption(option);
    }

    @Override
    public int run(InputStream in, OutputStream out, OutputStream err, String... arguments) {
      return ecj.run(in, out, err, arguments);
    }

    @Override
    public Set<SourceVersion> getSourceVersions() {
      return ecj.getSourceVersions();
    }
  }

  /**
   * {@code source} written to a file of its own: ecj's {@code getTask} turns a compilation unit's
   * relative URI ({@code test/Agent.java}, as compile-testing's in-memory sources have) into
   * {@code file://test/Agent.java}, which {@code new File(URI)} rejects.
   */
  static JavaFileObject onDisk(JavaFileObject source) {
    try {
      Path dir = Files.createTempDirectory("realtime-profiles-ecj");
      Path file = dir.resolve(source.toUri().getPath().replaceFirst("^/", ""));
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getCharContent(true));
      file.toFile().deleteOnExit();
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
