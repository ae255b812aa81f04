package acme;

import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.NoiseReduction;
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
import dev.realtimeprofiles.runtime.ToolChoice;
import dev.realtimeprofiles.runtime.ToolDispatcher;
import dev.realtimeprofiles.runtime.ToolResults;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Creates and connects Realtime sessions of the {@link BillingAgent} profile (GA API).
 * Its configuration was checked at compile time.
 */
@Generated(
    value = "dev.realtimeprofiles.processor.RealtimeSessionProcessor",
    comments = "https://github.com/realtime-profiles/realtime-profiles"
)
public final class RealtimeBillingAgent {
  /**
   * The session configuration of {@link BillingAgent}: exactly the attributes it sets.
   */
  public static final SessionConfig CONFIG = SessionConfig.builder()
      .model(Model.GPT_REALTIME)
      .voice(Voice.SAGE)
      .instructions("You answer billing questions for Acme.")
      .noiseReduction(NoiseReduction.NEAR_FIELD)
      .addTools(FunctionTool.builder()
          .name("escalate")
          .description("Hand the call to a human")
          .parameters("{\"type\":\"object\",\"properties\":{\"reason\":{\"type\":\"string\",\"description\":\"why a human is needed\"}},\"required\":[\"reason\"],\"additionalProperties\":false}")
          .build())
      .addTools(FunctionTool.builder()
          .name("list_invoices")
          .description("The customer's open invoices")
          .parameters("{\"type\":\"object\",\"properties\":{\"customerId\":{\"type\":\"string\"},\"limit\":{\"type\":\"integer\"}},\"required\":[\"customerId\",\"limit\"],\"additionalProperties\":false}")
          .build())
      .toolChoice(ToolChoice.REQUIRED)
      .maxResponseOutputTokens(1024)
      .build();

  /**
   * The body of {@code POST /realtime/client_secrets} for {@link #CONFIG}, written at compile time.
   */
  public static final String REQUEST_BODY = "{\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\",\"instructions\":\"You answer billing questions for Acme.\",\"audio\":{\"input\":{\"noise_reduction\":{\"type\":\"near_field\"}},\"output\":{\"voice\":\"sage\"}},\"max_output_tokens\":1024,\"tools\":[{\"type\":\"function\",\"name\":\"escalate\",\"description\":\"Hand the call to a human\",\"parameters\":{\"type\":\"object\",\"properties\":{\"reason\":{\"type\":\"string\",\"description\":\"why a human is needed\"}},\"required\":[\"reason\"],\"additionalProperties\":false}},{\"type\":\"function\",\"name\":\"list_invoices\",\"description\":\"The customer's open invoices\",\"parameters\":{\"type\":\"object\",\"properties\":{\"customerId\":{\"type\":\"string\"},\"limit\":{\"type\":\"integer\"}},\"required\":[\"customerId\",\"limit\"],\"additionalProperties\":false}}],\"tool_choice\":\"required\"}}";

  private static final SessionRequest REQUEST = SessionRequest.of(CONFIG, REQUEST_BODY);

  private final RealtimeClient client;

  /**
   * A stub that sends its requests through {@code client}.
   */
  public RealtimeBillingAgent(RealtimeClient client) {
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
  public RealtimeConnection connect(BillingAgent tools, RealtimeListener listener) {
    return client.connect(CONFIG, new BillingAgentToolDispatcher(tools), listener);
  }

  /**
   * Runs the model's function calls against a {@link BillingAgent}.
   */
  private static final class BillingAgentToolDispatcher implements ToolDispatcher {
    private static final Set<String> TOOL_NAMES = Collections.unmodifiableSortedSet(
        new TreeSet<>(Arrays.asList("escalate", "list_invoices")));

    private final BillingAgent tools;

    BillingAgentToolDispatcher(BillingAgent tools) {
      this.tools = Objects.requireNonNull(tools, "tools == null");
    }

    @Override
    public Set<String> toolNames() {
      return TOOL_NAMES;
    }

    @Override
    public String dispatch(ToolCall call) throws Exception {
      switch (call.name()) {
        case "escalate":
          tools.escalate(
              call.arguments().get("reason", ArgumentType.of(String.class)));
          return ToolResults.ofVoid();
        case "list_invoices":
          return ToolResults.toJson(tools.invoices(
              call.arguments().get("customerId", ArgumentType.of(String.class)),
              call.arguments().get("limit", ArgumentType.of(int.class))));
        default:
          throw ToolCallException.unknownTool(call.name(), TOOL_NAMES);
      }
    }
  }
}
