package dev.realtimeprofiles.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScriptTest {
  final Script script = new Script();

  @Test
  void matchesTrimmedTextAndFallsBackToEcho() {
    script.reply(" Where is my order? ", "Let me check.");
    assertThat(script.replyTo("Where is my order?  ")).isEqualTo(new Script.Reply.Text("Let me check."));
    assertThat(script.replyTo("where is my order?")).isEqualTo(new Script.Reply.Text("You said: where is my order?"));
  }

  @Test
  void toolCallsNeedAValidNameAndAJsonObject() {
    script.callTool("A-1017?", "lookupOrder", "{\"orderId\":\"A-1017\"}");
    assertThat(script.replyTo("A-1017?")).isEqualTo(new Script.Reply.ToolCall("lookupOrder", "{\"orderId\":\"A-1017\"}"));
    assertThatThrownBy(() -> script.callTool("x", "look up", "{}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> script.callTool("x", "lookupOrder", "[1]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> script.callTool("x", "lookupOrder", "{oops")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void clearForgetsEntriesAndTranscript() {
    script.reply("hi", "hello").transcribeAudioAs("something else");
    assertThat(script.transcript()).isEqualTo("something else");
    script.clear();
    assertThat(script.replyTo("hi")).isEqualTo(new Script.Reply.Text("You said: hi"));
    assertThat(script.transcript()).isEqualTo(Script.DEFAULT_TRANSCRIPT);
  }
}
