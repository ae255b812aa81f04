package acme;

import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.Param;
import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.Tool;
import dev.realtimeprofiles.Voice;

@RealtimeSession(
    model = Model.GPT_REALTIME,
    voice = Voice.ALLOY,
    noiseReduction = NoiseReduction.NEAR_FIELD,
    instructions = "You work for Acme.",
    maxResponseOutputTokens = 1024)
public interface BaseAgent {
  @Tool(description = "Hand the call to a human")
  void escalate(@Param(description = "why a human is needed") String reason);
}
