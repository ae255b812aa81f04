package dev.realtimeprofiles.samples;

import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.Voice;

/**
 * A parameterised profile: each session is created for one customer and one order, whose values
 * fill the placeholders of the instructions.
 */
@RealtimeSession(
    model = Model.GPT_REALTIME_MINI,
    voice = Voice.MARIN,
    modalities = Modality.TEXT,
    instructions = "You help {customer} with order {orderId}. Answer in {language}.",
    maxResponseOutputTokens = 512,
    expiresAfterSeconds = 300)
public record OrderHelp(String customer, String orderId, String language) {}
