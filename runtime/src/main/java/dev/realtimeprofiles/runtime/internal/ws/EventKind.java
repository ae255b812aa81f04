package dev.realtimeprofiles.runtime.internal.ws;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The server events this version models, with their wire names: GA names from the {@code
 * RealtimeServerEvent} union of OpenAI's spec (openai-openapi, the same 46 names as {@code
 * com.openai.models.realtime.RealtimeServerEvent} in openai-java 4.105.0), then the beta names
 * where GA renamed an event. Names are looked up straight from the parser's characters, so a known
 * {@code type} costs no String.
 */
enum EventKind {
  ERROR("error"),
  SESSION_CREATED("session.created"),
  SESSION_UPDATED("session.updated"),
  CONVERSATION_CREATED("conversation.created"),
  ITEM_ADDED("conversation.item.added", "conversation.item.created"),
  ITEM_DONE("conversation.item.done"),
  ITEM_RETRIEVED("conversation.item.retrieved"),
  ITEM_TRUNCATED("conversation.item.truncated"),
  ITEM_DELETED("conversation.item.deleted"),
  INPUT_TRANSCRIPTION_DELTA("conversation.item.input_audio_transcription.delta"),
  INPUT_TRANSCRIPTION_COMPLETED("conversation.item.input_audio_transcription.completed"),
  INPUT_TRANSCRIPTION_FAILED("conversation.item.input_audio_transcription.failed"),
  INPUT_TRANSCRIPTION_SEGMENT("conversation.item.input_audio_transcription.segment"),
  INPUT_AUDIO_COMMITTED("input_audio_buffer.committed"),
  INPUT_AUDIO_CLEARED("input_audio_buffer.cleared"),
  SPEECH_STARTED("input_audio_buffer.speech_started"),
  SPEECH_STOPPED("input_audio_buffer.speech_stopped"),
  INPUT_AUDIO_TIMEOUT("input_audio_buffer.timeout_triggered"),
  DTMF_RECEIVED("input_audio_buffer.dtmf_event_received"),
  OUTPUT_AUDIO_STARTED("output_audio_buffer.started"),
  OUTPUT_AUDIO_STOPPED("output_audio_buffer.stopped"),
  OUTPUT_AUDIO_CLEARED("output_audio_buffer.cleared"),
  RESPONSE_CREATED("response.created"),
  RESPONSE_DONE("response.done"),
  OUTPUT_ITEM_ADDED("response.output_item.added"),
  OUTPUT_ITEM_DONE("response.output_item.done"),
  CONTENT_PART_ADDED("response.content_part.added"),
  CONTENT_PART_DONE("response.content_part.done"),
  TEXT_DELTA("response.output_text.delta", "response.text.delta"),
  TEXT_DONE("response.output_text.done", "response.text.done"),
  AUDIO_DELTA("response.output_audio.delta", "response.audio.delta"),
  AUDIO_DONE("response.output_audio.done", "response.audio.done"),
  AUDIO_TRANSCRIPT_DELTA(
      "response.output_audio_transcript.delta", "response.audio_transcript.delta"),
  AUDIO_TRANSCRIPT_DONE("response.output_audio_transcript.done", "response.audio_transcript.done"),
  FUNCTION_CALL_ARGUMENTS_DELTA("response.function_call_arguments.delta"),
  FUNCTION_CALL_ARGUMENTS_DONE("response.function_call_arguments.done"),
  MCP_LIST_TOOLS_IN_PROGRESS("mcp_list_tools.in_progress"),
  MCP_LIST_TOOLS_COMPLETED("mcp_list_tools.completed"),
  MCP_LIST_TOOLS_FAILED("mcp_list_tools.failed"),
  MCP_CALL_ARGUMENTS_DELTA("response.mcp_call_arguments.delta"),
  MCP_CALL_ARGUMENTS_DONE("response.mcp_call_arguments.done"),
  MCP_CALL_IN_PROGRESS("response.mcp_call.in_progress"),
  MCP_CALL_COMPLETED("response.mcp_call.completed"),
  MCP_CALL_FAILED("response.mcp_call.failed"),
  RATE_LIMITS_UPDATED("rate_limits.updated");

  private final List<String> names;

  EventKind(String... names) {
    this.names = List.of(names);
  }

  /** Every wire name of this kind, GA first. */
  List<String> names() {
    return names;
  }

  // An open-addressing table of every wire name, at most a quarter full.
  private static final String[] NAMES;
  private static final char[][] CHARS;
  private static final EventKind[] KINDS;

  static {
    List<String> all = new ArrayList<>();
    for (EventKind kind : values()) {
      all.addAll(kind.names);
    }
    int size = Integer.highestOneBit(all.size() * 4) * 2;
    NAMES = new String[size];
    CHARS = new char[size][];
    KINDS = new EventKind[size];
    for (EventKind kind : values()) {
      for (String name : kind.names) {
        char[] chars = name.toCharArray();
        int slot = hash(chars, 0, chars.length) & (size - 1);
        while (NAMES[slot] != null) {
          slot = (slot + 1) & (size - 1);
        }
        NAMES[slot] = name;
        CHARS[slot] = chars;
        KINDS[slot] = kind;
      }
    }
  }

  /** The slot of the wire name {@code chars[offset, offset + length)}, or -1 if it is none. */
  static int slot(char[] chars, int offset, int length) {
    if (length < 5) {
      return -1; // shorter than every name ("error")
    }
    int mask = NAMES.length - 1;
    for (int slot = hash(chars, offset, length) & mask; NAMES[slot] != null;
        slot = (slot + 1) & mask) {
      char[] name = CHARS[slot];
      if (Arrays.equals(name, 0, name.length, chars, offset, offset + length)) {
        return slot;
      }
    }
    return -1;
  }

  /** The wire name in {@code slot}, the same String every time. */
  static String name(int slot) {
    return NAMES[slot];
  }

  /** The kind of the wire name in {@code slot}. */
  static EventKind kind(int slot) {
    return KINDS[slot];
  }

  /**
   * A hash of a few chars (the names share long prefixes and differ near the end); {@code
   * length >= 5}. Lookups compare the whole name, so a collision costs a probe, never a wrong kind.
   */
  private static int hash(char[] chars, int offset, int length) {
    int end = offset + length;
    return ((length * 31 + chars[end - 1]) * 31 + chars[end - 3]) * 31 + chars[end - 5] * 7
        + chars[offset + length / 2] * 131 + chars[offset + (length > 9 ? 9 : 0)];
  }
}
