package dev.realtimeprofiles.runtime.internal.ws;

import dev.realtimeprofiles.runtime.event.AudioDelta;
import dev.realtimeprofiles.runtime.event.AudioDone;
import dev.realtimeprofiles.runtime.event.AudioTranscriptDelta;
import dev.realtimeprofiles.runtime.event.AudioTranscriptDone;
import dev.realtimeprofiles.runtime.event.ContentPartAdded;
import dev.realtimeprofiles.runtime.event.ContentPartDone;
import dev.realtimeprofiles.runtime.event.ConversationCreated;
import dev.realtimeprofiles.runtime.event.ConversationItemAdded;
import dev.realtimeprofiles.runtime.event.ConversationItemDeleted;
import dev.realtimeprofiles.runtime.event.ConversationItemDone;
import dev.realtimeprofiles.runtime.event.ConversationItemRetrieved;
import dev.realtimeprofiles.runtime.event.ConversationItemTruncated;
import dev.realtimeprofiles.runtime.event.DtmfReceived;
import dev.realtimeprofiles.runtime.event.ErrorEvent;
import dev.realtimeprofiles.runtime.event.FunctionCallArgumentsDelta;
import dev.realtimeprofiles.runtime.event.FunctionCallArgumentsDone;
import dev.realtimeprofiles.runtime.event.InputAudioCleared;
import dev.realtimeprofiles.runtime.event.InputAudioCommitted;
import dev.realtimeprofiles.runtime.event.InputAudioTimeoutTriggered;
import dev.realtimeprofiles.runtime.event.InputTranscriptionCompleted;
import dev.realtimeprofiles.runtime.event.InputTranscriptionDelta;
import dev.realtimeprofiles.runtime.event.InputTranscriptionFailed;
import dev.realtimeprofiles.runtime.event.InputTranscriptionSegment;
import dev.realtimeprofiles.runtime.event.McpCallArgumentsDelta;
import dev.realtimeprofiles.runtime.event.McpCallArgumentsDone;
import dev.realtimeprofiles.runtime.event.McpCallCompleted;
import dev.realtimeprofiles.runtime.event.McpCallFailed;
import dev.realtimeprofiles.runtime.event.McpCallInProgress;
import dev.realtimeprofiles.runtime.event.McpListToolsCompleted;
import dev.realtimeprofiles.runtime.event.McpListToolsFailed;
import dev.realtimeprofiles.runtime.event.McpListToolsInProgress;
import dev.realtimeprofiles.runtime.event.OutputAudioCleared;
import dev.realtimeprofiles.runtime.event.OutputAudioStarted;
import dev.realtimeprofiles.runtime.event.OutputAudioStopped;
import dev.realtimeprofiles.runtime.event.OutputItemAdded;
import dev.realtimeprofiles.runtime.event.OutputItemDone;
import dev.realtimeprofiles.runtime.event.RateLimitsUpdated;
import dev.realtimeprofiles.runtime.event.ResponseCreated;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import dev.realtimeprofiles.runtime.event.SessionCreated;
import dev.realtimeprofiles.runtime.event.SessionUpdated;
import dev.realtimeprofiles.runtime.event.SpeechStarted;
import dev.realtimeprofiles.runtime.event.SpeechStopped;
import dev.realtimeprofiles.runtime.event.TextDelta;
import dev.realtimeprofiles.runtime.event.TextDone;
import java.util.Base64;
import java.util.List;

/**
 * Builds the record of an event from its {@link EventFields}: one case per {@link EventKind}, the
 * only place that knows which field goes where. A field the record cannot do without (the
 * payload of a delta, the object an event is about) throws {@link MissingFieldException}; ids and
 * indexes the server may omit are {@code null} or 0.
 */
final class EventRecords {
  private EventRecords() {}

  /**
   * The record of {@code f}, whose kind is known; {@code frame} is the text it was read from. A
   * switch expression, so javac rejects a kind without its record.
   */
  static ServerEvent of(EventFields f, String frame) {
    String t = f.type;
    String id = f.eventId;
    return switch (f.kind) {
      case ERROR -> new ErrorEvent(t, id, object(f.hasError, f.errorType), f.errorCode,
          f.errorMessage, f.errorParam, f.errorEventId);
      case SESSION_CREATED -> new SessionCreated(t, id, f.sessionId, session(f, frame));
      case SESSION_UPDATED -> new SessionUpdated(t, id, session(f, frame));
      case CONVERSATION_CREATED ->
          new ConversationCreated(t, id, object(f.hasConversation, f.conversationId));
      case ITEM_ADDED -> new ConversationItemAdded(t, id, f.previousItemId, f.itemObjectId,
          f.itemType, item(f, frame));
      case ITEM_DONE -> new ConversationItemDone(t, id, f.previousItemId, f.itemObjectId,
          f.itemType, item(f, frame));
      case ITEM_RETRIEVED ->
          new ConversationItemRetrieved(t, id, f.itemObjectId, f.itemType, item(f, frame));
      case ITEM_TRUNCATED ->
          new ConversationItemTruncated(t, id, f.itemId, f.contentIndex, f.audioEndMs);
      case ITEM_DELETED -> new ConversationItemDeleted(t, id, f.itemId);
      case INPUT_TRANSCRIPTION_DELTA ->
          new InputTranscriptionDelta(t, id, f.itemId, f.contentIndex, required(f.delta));
      case INPUT_TRANSCRIPTION_COMPLETED ->
          new InputTranscriptionCompleted(t, id, f.itemId, f.contentIndex, required(f.transcript));
      case INPUT_TRANSCRIPTION_FAILED -> new InputTranscriptionFailed(t, id, f.itemId,
          f.contentIndex, f.errorType, f.errorCode, f.errorMessage, f.errorParam);
      case INPUT_TRANSCRIPTION_SEGMENT -> new InputTranscriptionSegment(t, id, f.itemId,
          f.contentIndex, f.id, required(f.text), f.speaker, f.start, f.end);
      case INPUT_AUDIO_COMMITTED -> new InputAudioCommitted(t, id, f.previousItemId, f.itemId);
      case INPUT_AUDIO_CLEARED -> new InputAudioCleared(t, id);
      case SPEECH_STARTED -> new SpeechStarted(t, id, f.audioStartMs, f.itemId);
      case SPEECH_STOPPED -> new SpeechStopped(t, id, f.audioEndMs, f.itemId);
      case INPUT_AUDIO_TIMEOUT ->
          new InputAudioTimeoutTriggered(t, id, f.audioStartMs, f.audioEndMs, f.itemId);
      case DTMF_RECEIVED -> new DtmfReceived(t, id, required(f.key), f.receivedAt);
      case OUTPUT_AUDIO_STARTED -> new OutputAudioStarted(t, id, f.responseId);
      case OUTPUT_AUDIO_STOPPED -> new OutputAudioStopped(t, id, f.responseId);
      case OUTPUT_AUDIO_CLEARED -> new OutputAudioCleared(t, id, f.responseId);
      case RESPONSE_CREATED ->
          new ResponseCreated(t, id, object(f.hasResponse, f.responseObjectId), f.responseStatus);
      case RESPONSE_DONE -> new ResponseDone(t, id,
          object(f.hasResponse && !f.toolCallsInvalid, f.responseObjectId), f.responseStatus,
          f.usage, f.toolCalls == null ? List.of() : f.toolCalls,
          frame.substring(f.responseStart, f.responseEnd));
      case OUTPUT_ITEM_ADDED -> new OutputItemAdded(t, id, f.responseId, f.outputIndex,
          f.itemObjectId, f.itemType, item(f, frame));
      case OUTPUT_ITEM_DONE -> new OutputItemDone(t, id, f.responseId, f.outputIndex,
          f.itemObjectId, f.itemType, item(f, frame));
      case CONTENT_PART_ADDED -> new ContentPartAdded(t, id, f.responseId, f.itemId,
          f.outputIndex, f.contentIndex, object(f.hasPart, f.partType), f.partText,
          f.partTranscript);
      case CONTENT_PART_DONE -> new ContentPartDone(t, id, f.responseId, f.itemId, f.outputIndex,
          f.contentIndex, object(f.hasPart, f.partType), f.partText, f.partTranscript);
      case TEXT_DELTA -> new TextDelta(t, id, f.responseId, f.itemId, f.outputIndex,
          f.contentIndex, required(f.delta));
      case TEXT_DONE -> new TextDone(t, id, f.responseId, f.itemId, f.outputIndex,
          f.contentIndex, required(f.text));
      case AUDIO_DELTA -> audioDelta(f);
      case AUDIO_DONE ->
          new AudioDone(t, id, f.responseId, f.itemId, f.outputIndex, f.contentIndex);
      case AUDIO_TRANSCRIPT_DELTA -> new AudioTranscriptDelta(t, id, f.responseId, f.itemId,
          f.outputIndex, f.contentIndex, required(f.delta));
      case AUDIO_TRANSCRIPT_DONE -> new AudioTranscriptDone(t, id, f.responseId, f.itemId,
          f.outputIndex, f.contentIndex, required(f.transcript));
      case FUNCTION_CALL_ARGUMENTS_DELTA -> new FunctionCallArgumentsDelta(t, id, f.responseId,
          f.itemId, f.outputIndex, f.callId, required(f.delta));
      case FUNCTION_CALL_ARGUMENTS_DONE -> new FunctionCallArgumentsDone(t, id, f.responseId,
          f.itemId, f.outputIndex, required(f.callId), f.name, required(f.arguments));
      case MCP_LIST_TOOLS_IN_PROGRESS -> new McpListToolsInProgress(t, id, f.itemId);
      case MCP_LIST_TOOLS_COMPLETED -> new McpListToolsCompleted(t, id, f.itemId);
      case MCP_LIST_TOOLS_FAILED -> new McpListToolsFailed(t, id, f.itemId);
      case MCP_CALL_ARGUMENTS_DELTA -> new McpCallArgumentsDelta(t, id, f.responseId, f.itemId,
          f.outputIndex, required(f.delta));
      case MCP_CALL_ARGUMENTS_DONE -> new McpCallArgumentsDone(t, id, f.responseId, f.itemId,
          f.outputIndex, required(f.arguments));
      case MCP_CALL_IN_PROGRESS -> new McpCallInProgress(t, id, f.itemId, f.outputIndex);
      case MCP_CALL_COMPLETED -> new McpCallCompleted(t, id, f.itemId, f.outputIndex);
      case MCP_CALL_FAILED -> new McpCallFailed(t, id, f.itemId, f.outputIndex);
      case RATE_LIMITS_UPDATED ->
          new RateLimitsUpdated(t, id, f.rateLimits == null ? List.of() : f.rateLimits);
    };
  }

  private static String session(EventFields f, String frame) {
    object(f.hasSession, null);
    return frame.substring(f.sessionStart, f.sessionEnd);
  }

  private static String item(EventFields f, String frame) {
    object(f.hasItem, null);
    return frame.substring(f.itemStart, f.itemEnd);
  }

  /** The audio was cut out and decoded already, or is decoded now from the {@code delta} text. */
  private static AudioDelta audioDelta(EventFields f) {
    byte[] audio = f.audio;
    if (audio == null) {
      try {
        audio = Base64.getDecoder().decode(required(f.delta));
      } catch (IllegalArgumentException e) {
        throw new MissingFieldException();
      }
    }
    AudioHandoff.handOver(audio);
    return new AudioDelta(f.type, f.eventId, f.responseId, f.itemId, f.outputIndex,
        f.contentIndex, audio);
  }

  private static String required(String value) {
    if (value == null) {
      throw new MissingFieldException();
    }
    return value;
  }

  /** {@code value}, from an object the record needs; throws if the event had no such object. */
  private static <T> T object(boolean present, T value) {
    if (!present) {
      throw new MissingFieldException();
    }
    return value;
  }

  /** A field a record needs is missing or malformed; the event stays raw. */
  static final class MissingFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingFieldException() {
      super(null, null, false, false);
    }
  }
}
