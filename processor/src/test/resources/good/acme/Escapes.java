package acme;

import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.Transcription;
import dev.realtimeprofiles.TurnDetection;

/** The string escape hatches (each warns) and the server_vad fields. */
@RealtimeSession(
    modelId = "gpt-realtime-2099-01-01",
    voiceId = "voice_1234",
    outputAudioFormat = AudioFormat.G711_ALAW,
    inputAudioTranscription = @Transcription(prompt = "Acme, A-1017"),
    turnDetection = @TurnDetection(
        threshold = 0.6,
        prefixPaddingMs = 200,
        idleTimeoutMs = 6000,
        createResponse = false),
    noiseReduction = NoiseReduction.NONE,
    speed = 0.9)
public interface Escapes {}
