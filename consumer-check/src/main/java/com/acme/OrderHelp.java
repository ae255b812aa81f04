package com.acme;

import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.RealtimeSession;

/** A record profile: its components fill the instructions. */
@RealtimeSession(
    modalities = Modality.TEXT,
    instructions = "You help {customer} with order {orderId}.")
public record OrderHelp(String customer, String orderId) {}
