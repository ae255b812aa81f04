package dev.realtimeprofiles.processor.codegen;

import com.palantir.javapoet.ClassName;
import dev.realtimeprofiles.runtime.ArgumentType;
import dev.realtimeprofiles.runtime.EphemeralSession;
import dev.realtimeprofiles.runtime.FunctionTool;
import dev.realtimeprofiles.runtime.RealtimeClient;
import dev.realtimeprofiles.runtime.RealtimeConnection;
import dev.realtimeprofiles.runtime.RealtimeListener;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.SessionRequest;
import dev.realtimeprofiles.runtime.ToolCall;
import dev.realtimeprofiles.runtime.ToolCallException;
import dev.realtimeprofiles.runtime.ToolChoice;
import dev.realtimeprofiles.runtime.ToolDispatcher;
import dev.realtimeprofiles.runtime.ToolResults;
import dev.realtimeprofiles.runtime.TranscriptionConfig;
import dev.realtimeprofiles.runtime.TurnDetectionConfig;

/**
 * The runtime's public types that generated code names, as class literals: the processor depends
 * on the runtime, so a rename breaks this build, not users' builds.
 */
final class RuntimeNames {
  static final ClassName SESSION_CONFIG = ClassName.get(SessionConfig.class);
  static final ClassName SESSION_REQUEST = ClassName.get(SessionRequest.class);
  static final ClassName REALTIME_CLIENT = ClassName.get(RealtimeClient.class);
  static final ClassName EPHEMERAL_SESSION = ClassName.get(EphemeralSession.class);
  static final ClassName FUNCTION_TOOL = ClassName.get(FunctionTool.class);
  static final ClassName TOOL_CHOICE = ClassName.get(ToolChoice.class);
  static final ClassName TRANSCRIPTION_CONFIG = ClassName.get(TranscriptionConfig.class);
  static final ClassName TURN_DETECTION_CONFIG = ClassName.get(TurnDetectionConfig.class);
  static final ClassName TOOL_DISPATCHER = ClassName.get(ToolDispatcher.class);
  static final ClassName TOOL_CALL = ClassName.get(ToolCall.class);
  static final ClassName TOOL_RESULTS = ClassName.get(ToolResults.class);
  static final ClassName TOOL_CALL_EXCEPTION = ClassName.get(ToolCallException.class);
  static final ClassName ARGUMENT_TYPE = ClassName.get(ArgumentType.class);

  static final ClassName REALTIME_LISTENER = ClassName.get(RealtimeListener.class);
  static final ClassName REALTIME_CONNECTION = ClassName.get(RealtimeConnection.class);

  static final String GENERATED = "javax.annotation.processing.Generated";
  static final String PROCESSOR = "dev.realtimeprofiles.processor.RealtimeSessionProcessor";
  static final String PROJECT_URL = "https://github.com/realtime-profiles/realtime-profiles";

  private RuntimeNames() {}
}
