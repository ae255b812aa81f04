package dev.realtimeprofiles.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

  @Test
  void noneIsTheDefaultAndNeverReconnects() {
    ReconnectPolicy none = ReconnectPolicy.none();
    assertThat(none.maxAttempts()).isZero();
    assertThat(none.logsConversation()).isFalse();
    assertThat(none.renewAfter()).isEmpty();
  }

  @Test
  void standardIsFiveAttemptsFromHalfASecondDoublingToEightWithJitter() {
    ReconnectPolicy standard = ReconnectPolicy.standard();
    assertThat(standard.maxAttempts()).isEqualTo(5);
    assertThat(standard.replayConversation()).isTrue();
    assertThat(standard.maxReplayItems()).isEqualTo(500);
    assertThat(standard.delayBefore(1, 0)).isEqualTo(Duration.ofMillis(500));
    assertThat(standard.delayBefore(2, 0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(standard.delayBefore(4, 0)).isEqualTo(Duration.ofSeconds(4));
    assertThat(standard.delayBefore(5, 0)).isEqualTo(Duration.ofSeconds(8));
    assertThat(standard.delayBefore(9, 0)).isEqualTo(Duration.ofSeconds(8));
    // jitter 1 - 0.25 * random, as the SDKs' HTTP retries
    assertThat(standard.delayBefore(1, 1.0)).isEqualTo(Duration.ofMillis(375));
  }

  @Test
  void eachSetterReturnsAChangedCopy() {
    ReconnectPolicy p =
        ReconnectPolicy.standard().maxAttempts(8).replayConversation(true).maxReplayItems(200)
            .renewAfter(Duration.ofMinutes(55));
    assertThat(p.maxAttempts()).isEqualTo(8);
    assertThat(p.maxReplayItems()).isEqualTo(200);
    assertThat(p.renewAfter()).contains(Duration.ofMinutes(55));
    assertThat(ReconnectPolicy.standard().maxAttempts()).isEqualTo(5);
    assertThat(p.toString())
        .isEqualTo("ReconnectPolicy{maxAttempts=8, backoff=PT0.5S..PT8S, replayConversation=true,"
            + " maxReplayItems=200, renewAfter=PT55M}");
    assertThat(ReconnectPolicy.none().maxAttempts(3).delayBefore(1, 0)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void badValuesAreRejected() {
    assertThatThrownBy(() -> ReconnectPolicy.standard().maxAttempts(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReconnectPolicy.standard().renewAfter(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReconnectPolicy.standard().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
