package acme;

import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.Voice;
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
import dev.realtimeprofiles.runtime.ToolDispatcher;
import dev.realtimeprofiles.runtime.ToolResults;
import dev.realtimeprofiles.runtime.TranscriptionConfig;
import dev.realtimeprofiles.runtime.TurnDetectionConfig;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Creates and connects Realtime sessions of the {@link SupportAgent} profile (GA API).
 * Its configuration was checked at compile time.
 */
@Generated(
    value = "dev.realtimeprofiles.processor.RealtimeSessionProcessor",
    comments = "https://github.com/realtime-profiles/realtime-profiles"
)
public final class RealtimeSupportAgent {
  /**
   * The session configuration of {@link SupportAgent}: exactly the attributes it sets.
   */
  public static final SessionConfig CONFIG = SessionConfig.builder()
      .model(Model.GPT_REALTIME)
      .voice(Voice.ASH)
      .addModalities(Modality.AUDIO)
      .instructions("You are the support agent of Acme. Be brief.")
      .inputAudioTranscription(TranscriptionConfig.builder()
          .model("gpt-4o-mini-transcribe")
          .language("en")
          .build())
      .turnDetection(TurnDetectionConfig.serverVad().withSilenceDurationMs(400))
      .addTools(FunctionTool.builder()
          .name("lookupOrder")
          .description("Look up the status of an order")
          .parameters("{\"type\":\"object\",\"properties\":{\"orderId\":{\"type\":\"string\",\"description\":\"order number, like A-1017\"}},\"required\":[\"orderId\"],\"additionalProperties\":false}")
          .build())
      .build();

  /**
   * The body of {@code POST /realtime/client_secrets} for {@link #CONFIG}, written at compile time.
   */
  public static final String REQUEST_BODY = "{\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\",\"instructions\":\"You are the support agent of Acme. Be brief.\",\"output_modalities\":[\"audio\"],\"audio\":{\"input\":{\"transcription\":{\"model\":\"gpt-4o-mini-transcribe\",\"language\":\"en\"},\"turn_detection\":{\"type\":\"server_vad\",\"silence_duration_ms\":400}},\"output\":{\"voice\":\"ash\"}},\"tools\":[{\"type\":\"function\",\"name\":\"lookupOrder\",\"description\":\"Look up the status of an order\",\"parameters\":{\"type\":\"object\",\"properties\":{\"orderId\":{\"type\":\"string\",\"description\":\"order number, like A-1017\"}},\"required\":[\"orderId\"],\"additionalProperties\":false}}]}}";

  private static final SessionRequest REQUEST = SessionRequest.of(CONFIG, REQUEST_BODY);

  private final RealtimeClient client;

  /**
   * A stub that sends its requests through {@code client}.
   */
  public RealtimeSupportAgent(RealtimeClient client) {
    this.client = Objects.requireNonNull(client, "client == null");
  }

  /**
   * Creates a client secret for a session of this profile ({@code POST /realtime/client_secrets}).
   */
  public EphemeralSession create() {
    return client.create(REQUEST);
  }

  /**
   * Like {@link #create()}, without blocking; cancelling the future cancels the call.
   */
  public CompletableFuture<EphemeralSession> createAsync() {
    return client.createAsync(REQUEST);
  }

  /**
   * Opens a Realtime WebSocket with this profile; the model's function calls run on {@code tools}.
   */
  public RealtimeConnection connect(SupportAgent tools, RealtimeListener listener) {
    return client.connect(CONFIG, new SupportAgentToolDispatcher(tools), listener);
  }

  /**
   * Runs the model's function calls against a {@link SupportAgent}.
   */
  private static final class SupportAgentToolDispatcher implements ToolDispatcher {
    private static final Set<String> TOOL_NAMES = Collections.unmodifiableSortedSet(
        new TreeSet<>(Arrays.asList("lookupOrder")));

    private final SupportAgent tools;

    SupportAgentToolDispatcher(SupportAgent tools) {
      this.tools = Objects.requireNonNull(tools, "tools == null");
    }

    @Override
    public Set<String> toolNames() {
      return TOOL_NAMES;
    }

    @Override
    public String dispatch(ToolCall call) throws Exception {
      switch (call.name()) {
        case "lookupOrder":
          return ToolResults.toJson(tools.lookupOrder(
              call.arguments().get("orderId", ArgumentType.of(String.class))));
        default:
          throw ToolCallException.unknownTool(call.name(), TOOL_NAMES);
      }
    }
  }
}
