package dev.realtimeprofiles.samples;

import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Param;
import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.Tool;
import dev.realtimeprofiles.Transcription;
import dev.realtimeprofiles.TurnDetection;
import dev.realtimeprofiles.TurnDetectionType;
import dev.realtimeprofiles.Voice;

/** Acme's voice support agent: GA, audio answers, two tools. */
@RealtimeSession(
    model = Model.GPT_REALTIME,
    voice = Voice.ASH,
    modalities = Modality.AUDIO,
    instructions = "You are the support agent of Acme. Be brief.",
    turnDetection = @TurnDetection(type = TurnDetectionType.SERVER_VAD, silenceDurationMs = 400),
    inputAudioTranscription = @Transcription(model = "gpt-4o-mini-transcribe", language = "en"))
public interface SupportAgent {

  /** Where an order is. */
  enum Stage { RECEIVED, PACKED, SHIPPED, DELIVERED }

  /** What {@link #lookupOrder} answers. */
  record OrderStatus(String orderId, Stage stage, String eta) {}

  @Tool(description = "Look up the status of an order")
  OrderStatus lookupOrder(@Param(description = "order number, like A-1017") String orderId);

  @Tool(description = "Cancel an order that has not shipped yet")
  boolean cancelOrder(
      @Param(description = "order number, like A-1017") String orderId,
      @Param(description = "why the customer cancels") String reason);
}
