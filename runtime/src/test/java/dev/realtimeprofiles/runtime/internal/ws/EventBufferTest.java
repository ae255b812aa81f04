package dev.realtimeprofiles.runtime.internal.ws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realtimeprofiles.runtime.event.AudioDelta;
import dev.realtimeprofiles.runtime.event.TextDelta;
import dev.realtimeprofiles.runtime.event.UnknownEvent;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventBufferTest {

  private static TextDelta text(int i) {
    return new TextDelta("response.output_text.delta", "e" + i, "r", "i", 0, 0, "d" + i);
  }

  @Test
  void aLongStreamKeepsTheNewestDeltasAndEveryOtherEvent() throws Exception {
    EventBuffer buffer = new EventBuffer(512);
    buffer.add(new UnknownEvent("first", null, "{}"));
    for (int i = 0; i < 1000; i++) {
      buffer.add(text(i));
    }
    buffer.add(new UnknownEvent("last", null, "{}"));

    assertThat(buffer.size()).isEqualTo(EventBuffer.MAX_DELTAS + 2);
    assertThat(buffer.await(TextDelta.class, 0, TimeUnit.SECONDS).delta()).isEqualTo("d936");
    assertThat(buffer.await(UnknownEvent.class, 0, TimeUnit.SECONDS).type()).isEqualTo("first");
  }

  @Test
  void bufferedAudioIsBounded() throws Exception {
    EventBuffer buffer = new EventBuffer(512, 1000);
    for (int i = 0; i < 5; i++) {
      buffer.add(new AudioDelta("response.output_audio.delta", "e" + i, "r", "i", 0, 0, new byte[400]));
    }
    assertThat(buffer.size()).isEqualTo(2);
    assertThat(buffer.await(AudioDelta.class, 0, TimeUnit.SECONDS).eventId()).isEqualTo("e3");
  }

  @Test
  void capacityZeroKeepsNothing() throws Exception {
    EventBuffer buffer = new EventBuffer(0);
    buffer.add(text(1));
    assertThat(buffer.size()).isZero();
    assertThat(buffer.await(TextDelta.class, 10, TimeUnit.MILLISECONDS)).isNull();
  }
}
