package dev.realtimeprofiles.spec;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps SLF4J quiet when it has nothing to log to.
 *
 * <p>The schema validator (networknt) logs through SLF4J, at debug level only. SLF4J 2, finding no
 * provider on the class path, prints three "SLF4J(W): No SLF4J providers were found" lines on
 * first use, in the output of every test of a user who uses the emulator without a logging
 * backend, about logging that would have printed nothing anyway. Bringing a provider (slf4j-nop)
 * is worse: next to a user's own backend it makes SLF4J warn about two providers and may pick
 * ours. So only when SLF4J would fall back to its no-op logger anyway (no provider, none named
 * with {@code slf4j.provider}) and the user chose no {@code slf4j.internal.verbosity}, SLF4J is
 * initialised here with its internal verbosity at ERROR, the property cleared right after. With a
 * provider present, or SLF4J 1.x, nothing changes.
 */
final class Slf4jWithoutProvider {
  private static final String VERBOSITY = "slf4j.internal.verbosity";
  private static final String PROVIDER = "slf4j.provider";

  private Slf4jWithoutProvider() {}

  /** Initialises SLF4J quietly if it has no provider; call before the validator's classes load. */
  static void initialiseQuietly() {
    try {
      if (System.getProperty(VERBOSITY) != null || System.getProperty(PROVIDER) != null) {
        return;
      }
      ClassLoader loader = LoggerFactory.class.getClassLoader();
      if (ServiceLoader.load(SLF4JServiceProvider.class, loader).iterator().hasNext()) {
        return;
      }
      System.setProperty(VERBOSITY, "ERROR");
      try {
        LoggerFactory.getILoggerFactory();
      } finally {
        System.clearProperty(VERBOSITY);
      }
    } catch (LinkageError | ServiceConfigurationError | SecurityException e) {
      // SLF4J 1.x (no SLF4JServiceProvider), a broken provider or no permission: leave SLF4J as it is.
    }
  }
}
