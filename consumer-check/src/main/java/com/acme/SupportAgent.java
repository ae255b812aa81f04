package com.acme;

import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Param;
import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.Tool;
import dev.realtimeprofiles.TurnDetection;
import dev.realtimeprofiles.TurnDetectionType;
import dev.realtimeprofiles.Voice;

/** A profile as a user writes it: compiled here with -Xlint:all -Werror. */
@RealtimeSession(
    voice = Voice.MARIN,
    modalities = Modality.TEXT,
    instructions = "You are the support agent of Acme. Be brief.",
    turnDetection = @TurnDetection(type = TurnDetectionType.SERVER_VAD, silenceDurationMs = 400))
public interface SupportAgent {
  /** The state of one order. */
  record OrderStatus(String orderId, String stage) {}

  /** Looks an order up. */
  @Tool(description = "Look up the status of an order")
  OrderStatus lookupOrder(@Param(description = "order number, like A-1017") String orderId);
}
