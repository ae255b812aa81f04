package acme;

import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.Tool;
import dev.realtimeprofiles.Voice;
import java.util.List;

@RealtimeSession(
    voice = Voice.SAGE,
    instructions = "You answer billing questions for Acme.",
    toolChoice = "required")
public interface BillingAgent extends BaseAgent {
  @Tool(name = "list_invoices", description = "The customer's open invoices")
  List<String> invoices(String customerId, int limit);
}
