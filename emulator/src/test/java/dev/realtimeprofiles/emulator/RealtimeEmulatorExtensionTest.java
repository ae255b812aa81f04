package dev.realtimeprofiles.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class RealtimeEmulatorExtensionTest {
  static final List<RealtimeEmulator> SEEN = new ArrayList<>();

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerClass {
    @RegisterExtension
    static RealtimeEmulatorExtension extension =
        new RealtimeEmulatorExtension(RealtimeEmulator.builder().apiKey("sk-extension"));

    static final List<RealtimeEmulator> injected = new ArrayList<>();

    @Test
    @Order(1)
    void injectsTheRunningEmulator(RealtimeEmulator emulator) {
      injected.add(emulator);
      assertThat(emulator).isSameAs(extension.emulator());
      assertThat(emulator.apiKey()).isEqualTo("sk-extension");
      TestClient.Answer answer = TestClient.post(emulator, "/realtime/client_secrets", "{}", "sk-extension");
      assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void sharesOneEmulatorAcrossTheClass(RealtimeEmulator emulator) {
      injected.add(emulator);
      assertThat(injected).hasSize(2);
      assertThat(injected.get(0)).isSameAs(injected.get(1));
      assertThat(emulator.receivedRequests()).hasSize(1);
    }

    @AfterAll
    static void remember() {
      SEEN.addAll(injected);
    }
  }

  @Nested
  class PerMethod {
    @RegisterExtension
    final RealtimeEmulatorExtension extension = new RealtimeEmulatorExtension();

    @Test
    void freshEmulatorForEachTest(RealtimeEmulator emulator) {
      assertThat(emulator.receivedRequests()).isEmpty();
      assertThat(emulator.apiKey()).isEqualTo(RealtimeEmulator.DEFAULT_API_KEY);
      TestClient.post(emulator, "/realtime/client_secrets", "{}", emulator.apiKey());
      SEEN.add(emulator);
    }

    @Test
    void anotherTest(RealtimeEmulator emulator) {
      assertThat(emulator.receivedRequests()).isEmpty();
      SEEN.add(emulator);
    }
  }

  @Nested
  @ExtendWith(RealtimeEmulatorExtension.class)
  class Declarative {
    @Test
    void worksWithExtendWith(RealtimeEmulator emulator) {
      assertThat(emulator.baseUrl()).startsWith("http://127.0.0.1:");
      SEEN.add(emulator);
    }
  }

  @AfterAll
  static void everyEmulatorWasClosed() {
    assertThat(SEEN).hasSizeGreaterThanOrEqualTo(5);
    for (RealtimeEmulator emulator : SEEN) {
      assertThat(emulator.toString()).contains("closed");
      assertThatThrownBy(emulator::baseUrl).isInstanceOf(IllegalStateException.class);
    }
  }
}
