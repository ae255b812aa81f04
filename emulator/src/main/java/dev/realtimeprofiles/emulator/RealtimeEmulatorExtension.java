package dev.realtimeprofiles.emulator;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link RealtimeEmulator} around JUnit 5 tests and injects it into test and lifecycle
 * methods that take a {@code RealtimeEmulator} parameter.
 *
 * <p>In a {@code static} field with {@code @RegisterExtension} (or with {@code
 * @ExtendWith(RealtimeEmulatorExtension.class)}), one emulator serves the whole class; in an instance
 * field, each test gets a fresh one. Either way it is closed afterwards.
 *
 * <pre>{@code
 * @RegisterExtension static RealtimeEmulatorExtension emulator = new RealtimeEmulatorExtension();
 *
 * @Test void answers(RealtimeEmulator emulator) { ... emulator.baseUrl() ... }
 * }</pre>
 */
public final class RealtimeEmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final RealtimeEmulator.Builder builder;
  private volatile RealtimeEmulator emulator;
  private volatile boolean perClass;

  /** An extension with the emulator's defaults. */
  public RealtimeEmulatorExtension() {
    this(RealtimeEmulator.builder());
  }

  /** An extension whose emulators {@code builder} builds. */
  public RealtimeEmulatorExtension(RealtimeEmulator.Builder builder) {
    this.builder = Objects.requireNonNull(builder, "builder == null");
  }

  /**
   * The running emulator.
   *
   * @throws IllegalStateException outside a test
   */
  public RealtimeEmulator emulator() {
    RealtimeEmulator current = emulator;
    if (current == null) {
      throw new IllegalStateException("no emulator is running outside a test");
    }
    return current;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    emulator = builder.build().start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      emulator = builder.build().start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RealtimeEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return emulator();
  }

  private void stop() {
    RealtimeEmulator current = emulator;
    emulator = null;
    if (current != null) {
      current.close();
    }
  }
}
