package acme;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.TurnDetection;
import dev.realtimeprofiles.TurnDetectionType;
import dev.realtimeprofiles.Voice;

@RealtimeSession(
    api = Api.BETA,
    model = Model.GPT_4O_REALTIME_PREVIEW_2024_12_17,
    voice = Voice.VERSE,
    modalities = {Modality.AUDIO, Modality.TEXT},
    instructions = "Speak like a \"pirate\".\nKeep it short.",
    inputAudioFormat = AudioFormat.G711_ULAW,
    outputAudioFormat = AudioFormat.PCM16,
    turnDetection = @TurnDetection(type = TurnDetectionType.NONE),
    noiseReduction = NoiseReduction.NONE,
    temperature = 0.7,
    maxResponseOutputTokens = RealtimeSession.INF,
    speed = 1.25)
public interface LegacyAgent {}
