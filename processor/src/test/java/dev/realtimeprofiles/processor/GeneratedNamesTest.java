package dev.realtimeprofiles.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.ClassName;
import dev.realtimeprofiles.processor.codegen.GeneratedNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedNamesTest {
  @Test
  void topLevelProfileGetsThePrefix() {
    assertThat(GeneratedNames.stub("com.acme", List.of("SupportAgent")))
        .isEqualTo(ClassName.get("com.acme", "RealtimeSupportAgent"));
  }

  @Test
  void nestedProfileJoinsItsEnclosingTypesWithUnderscore() {
    assertThat(GeneratedNames.stub("com.acme", List.of("Outer", "Inner")))
        .isEqualTo(ClassName.get("com.acme", "RealtimeOuter_Inner"));
    assertThat(GeneratedNames.stub("com.acme", List.of("A", "B", "C")).simpleName())
        .isEqualTo("RealtimeA_B_C");
  }

  @Test
  void unnamedPackageStaysUnnamed() {
    ClassName stub = GeneratedNames.stub("", List.of("Agent"));
    assertThat(stub.packageName()).isEmpty();
    assertThat(stub.canonicalName()).isEqualTo("RealtimeAgent");
  }

  @Test
  void aProfileHasAName() {
    assertThatThrownBy(() -> GeneratedNames.stub("x", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
