package dev.realtimeprofiles.benchmarks.ours;

import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.Param;
import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.Tool;
import dev.realtimeprofiles.Transcription;
import dev.realtimeprofiles.TurnDetection;
import dev.realtimeprofiles.TurnDetectionType;
import dev.realtimeprofiles.Voice;

/** The README's support agent, the profile every benchmark measures (GA shape). */
@RealtimeSession(
    model = Model.GPT_REALTIME, voice = Voice.ASH, modalities = Modality.AUDIO,
    instructions = "You are the support agent of Acme. Be brief.",
    turnDetection = @TurnDetection(type = TurnDetectionType.SERVER_VAD, silenceDurationMs = 400),
    inputAudioTranscription = @Transcription(model = "gpt-4o-mini-transcribe", language = "en"))
public interface SupportAgent {
  /** What {@link #lookupOrder} answers. */
  record OrderStatus(String orderId, String status) {}

  @Tool(description = "Look up the status of an order")
  OrderStatus lookupOrder(@Param(description = "order number, like A-1017") String orderId);
}
