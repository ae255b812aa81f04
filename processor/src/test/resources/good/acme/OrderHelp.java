package acme;

import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.Voice;

@RealtimeSession(
    voice = Voice.CORAL,
    modalities = Modality.TEXT,
    instructions = "Help {customer} with order {orderId} ({items} items). Reply in {{JSON}}.",
    expiresAfterSeconds = 120)
public record OrderHelp(String customer, String orderId, int items) {}
