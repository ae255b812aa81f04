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

  /** The record of {@code f}, whose kind is known; {@code frame} is the text it was read from. */
  static ServerEvent of(EventFields f, String frame) {
    String t = f.type;
    String id = f.eventId;
    switch (f.kind) {
      case ERROR:
        object(f.hasError);
        return new ErrorEvent(t, id, f.errorType, f.errorCode, f.errorMessage, f.errorParam,
            f.errorEventId);
      case SESSION_CREATED:
        object(f.hasSession);
        return new SessionCreated(t, id, f.sessionId,
            frame.substring(f.sessionStart, f.sessionEnd));
      case SESSION_UPDATED:
        object(f.hasSession);
        return new SessionUpdated(t, id, frame.substring(f.sessionStart, f.sessionEnd));
      case CONVERSATION_CREATED:
        object(f.hasConversation);
        return new ConversationCreated(t, id, f.conversationId);
      case ITEM_ADDED:
        object(f.hasItem);
        return new ConversationItemAdded(t, id, f.previousItemId, f.itemObjectId, f.itemType,
            item(f, frame));
      case ITEM_DONE:
        object(f.hasItem);
        return new ConversationItemDone(t, id, f.previousItemId, f.itemObjectId, f.itemType,
            item(f, frame));
      case ITEM_RETRIEVED:
        object(f.hasItem);
        return new ConversationItemRetrieved(t, id, f.itemObjectId, f.itemType, item(f, frame));
      case ITEM_TRUNCATED:
        return new ConversationItemTruncated(t, id, f.itemId, f.contentIndex, f.audioEndMs);
      case ITEM_DELETED:
        return new ConversationItemDeleted(t, id, f.itemId);
      case INPUT_TRANSCRIPTION_DELTA:
        return new InputTranscriptionDelta(t, id, f.itemId, f.contentIndex, required(f.delta));
      case INPUT_TRANSCRIPTION_COMPLETED:
        return new InputTranscriptionCompleted(t, id, f.itemId, f.contentIndex,
            required(f.transcript));
      case INPUT_TRANSCRIPTION_FAILED:
        return new InputTranscriptionFailed(t, id, f.itemId, f.contentIndex, f.errorType,
            f.errorCode, f.errorMessage, f.errorParam);
      case INPUT_TRANSCRIPTION_SEGMENT:
        return new InputTranscriptionSegment(t, id, f.itemId, f.contentIndex, f.id,
            required(f.text), f.speaker, f.start, f.end);
      case INPUT_AUDIO_COMMITTED:
        return new InputAudioCommitted(t, id, f.previousItemId, f.itemId);
      case INPUT_AUDIO_CLEARED:
        return new InputAudioCleared(t, id);
      case SPEECH_STARTED:
        return new SpeechStarted(t, id, f.audioStartMs, f.itemId);
      case SPEECH_STOPPED:
        return new SpeechStopped(t, id, f.audioEndMs, f.itemId);
      case INPUT_AUDIO_TIMEOUT:
        return new InputAudioTimeoutTriggered(t, id, f.audioStartMs, f.audioEndMs, f.itemId);
      case DTMF_RECEIVED:
        return new DtmfReceived(t, id, required(f.key), f.receivedAt);
      case OUTPUT_AUDIO_STARTED:
        return new OutputAudioStarted(t, id, f.responseId);
      case OUTPUT_AUDIO_STOPPED:
        return new OutputAudioStopped(t, id, f.responseId);
      case OUTPUT_AUDIO_CLEARED:
        return new OutputAudioCleared(t, id, f.responseId);
      case RESPONSE_CREATED:
        object(f.hasResponse);
        return new ResponseCreated(t, id, f.responseObjectId, f.responseStatus);
      case RESPONSE_DONE:
        object(f.hasResponse && !f.toolCallsInvalid);
        return new ResponseDone(t, id, f.responseObjectId, f.responseStatus, f.usage,
            f.toolCalls == null ? List.of() : f.toolCalls,
            frame.substring(f.responseStart, f.responseEnd));
      case OUTPUT_ITEM_ADDED:
        object(f.hasItem);
        return new OutputItemAdded(t, id, f.responseId, f.outputIndex, f.itemObjectId, f.itemType,
            item(f, frame));
      case OUTPUT_ITEM_DONE:
        object(f.hasItem);
        return new OutputItemDone(t, id, f.responseId, f.outputIndex, f.itemObjectId, f.itemType,
            item(f, frame));
      case CONTENT_PART_ADDED:
        object(f.hasPart);
        return new ContentPartAdded(t, id, f.responseId, f.itemId, f.outputIndex, f.contentIndex,
            f.partType, f.partText, f.partTranscript);
      case CONTENT_PART_DONE:
        object(f.hasPart);
        return new ContentPartDone(t, id, f.responseId, f.itemId, f.outputIndex, f.contentIndex,
            f.partType, f.partText, f.partTranscript);
      case TEXT_DELTA:
        return new TextDelta(t, id, f.responseId, f.itemId, f.outputIndex, f.contentIndex,
            required(f.delta));
      case TEXT_DONE:
        return new TextDone(t, id, f.responseId, f.itemId, f.outputIndex, f.contentIndex,
            required(f.text));
      case AUDIO_DELTA:
        {
          byte[] audio = audio(f);
          AudioHandoff.handOver(audio);
          return new AudioDelta(t, id, f.responseId, f.itemId, f.outputIndex, f.contentIndex,
              audio);
        }
      case AUDIO_DONE:
        return new AudioDone(t, id, f.responseId, f.itemId, f.outputIndex, f.contentIndex);
      case AUDIO_TRANSCRIPT_DELTA:
        return new AudioTranscriptDelta(t, id, f.responseId, f.itemId, f.outputIndex,
            f.contentIndex, required(f.delta));
      case AUDIO_TRANSCRIPT_DONE:
        return new AudioTranscriptDone(t, id, f.responseId, f.itemId, f.outputIndex,
            f.contentIndex, required(f.transcript));
      case FUNCTION_CALL_ARGUMENTS_DELTA:
        return new FunctionCallArgumentsDelta(t, id, f.responseId, f.itemId, f.outputIndex,
            f.callId, required(f.delta));
      case FUNCTION_CALL_ARGUMENTS_DONE:
        return new FunctionCallArgumentsDone(t, id, f.responseId, f.itemId, f.outputIndex,
            required(f.callId), f.name, required(f.arguments));
      case MCP_LIST_TOOLS_IN_PROGRESS:
        return new McpListToolsInProgress(t, id, f.itemId);
      case MCP_LIST_TOOLS_COMPLETED:
        return new McpListToolsCompleted(t, id, f.itemId);
      case MCP_LIST_TOOLS_FAILED:
        return new McpListToolsFailed(t, id, f.itemId);
      case MCP_CALL_ARGUMENTS_DELTA:
        return new McpCallArgumentsDelta(t, id, f.responseId, f.itemId, f.outputIndex,
            required(f.delta));
      case MCP_CALL_ARGUMENTS_DONE:
        return new McpCallArgumentsDone(t, id, f.responseId, f.itemId, f.outputIndex,
            required(f.arguments));
      case MCP_CALL_IN_PROGRESS:
        return new McpCallInProgress(t, id, f.itemId, f.outputIndex);
      case MCP_CALL_COMPLETED:
        return new McpCallCompleted(t, id, f.itemId, f.outputIndex);
      case MCP_CALL_FAILED:
        return new McpCallFailed(t, id, f.itemId, f.outputIndex);
      case RATE_LIMITS_UPDATED:
        return new RateLimitsUpdated(t, id, f.rateLimits == null ? List.of() : f.rateLimits);
    }
    throw new AssertionError(f.kind);
  }

  private static String item(EventFields f, String frame) {
    return frame.substring(f.itemStart, f.itemEnd);
  }

  /** The audio: cut out and decoded already, or decoded now from the {@code delta} text. */
  private static byte[] audio(EventFields f) {
    if (f.audio != null) {
      return f.audio;
    }
    try {
      return Base64.getDecoder().decode(required(f.delta));
    } catch (IllegalArgumentException e) {
      throw new MissingFieldException();
    }
  }

  private static String required(String value) {
    if (value == null) {
      throw new MissingFieldException();
    }
    return value;
  }

  private static void object(boolean present) {
    if (!present) {
      throw new MissingFieldException();
    }
  }

  /** A field a record needs is missing or malformed; the event stays raw. */
  static final class MissingFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingFieldException() {
      super(null, null, false, false);
    }
  }
}
