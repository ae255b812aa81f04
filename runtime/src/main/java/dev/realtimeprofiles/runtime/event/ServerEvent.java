package dev.realtimeprofiles.runtime.event;

/**
 * One message the Realtime server sent over the WebSocket.
 *
 * <p>Test with {@code instanceof} (or a pattern {@code switch} on Java 21+); anything not modelled
 * here is an {@link UnknownEvent}, so a newer server never breaks a listener.
 */
public sealed interface ServerEvent
    permits AudioDelta,
        AudioDone,
        AudioTranscriptDelta,
        AudioTranscriptDone,
        ContentPartAdded,
        ContentPartDone,
        ConversationCreated,
        ConversationItemAdded,
        ConversationItemDeleted,
        ConversationItemDone,
        ConversationItemRetrieved,
        ConversationItemTruncated,
        DtmfReceived,
        ErrorEvent,
        FunctionCallArgumentsDelta,
        FunctionCallArgumentsDone,
        InputAudioCleared,
        InputAudioCommitted,
        InputAudioTimeoutTriggered,
        InputTranscriptionCompleted,
        InputTranscriptionDelta,
        InputTranscriptionFailed,
        InputTranscriptionSegment,
        McpCallArgumentsDelta,
        McpCallArgumentsDone,
        McpCallCompleted,
        McpCallFailed,
        McpCallInProgress,
        McpListToolsCompleted,
        McpListToolsFailed,
        McpListToolsInProgress,
        OutputAudioCleared,
        OutputAudioStarted,
        OutputAudioStopped,
        OutputItemAdded,
        OutputItemDone,
        RateLimitsUpdated,
        ResponseCreated,
        ResponseDone,
        SessionCreated,
        SessionUpdated,
        SpeechStarted,
        SpeechStopped,
        TextDelta,
        TextDone,
        UnknownEvent {

  /** The event's {@code type} as the server sent it, e.g. {@code response.output_text.delta}. */
  String type();

  /** The server's {@code event_id}, or {@code null} if it sent none. */
  String eventId();
}
