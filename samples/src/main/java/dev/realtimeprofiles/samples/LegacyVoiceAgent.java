package dev.realtimeprofiles.samples;

import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.Transcription;
import dev.realtimeprofiles.TurnDetection;
import dev.realtimeprofiles.TurnDetectionType;
import dev.realtimeprofiles.Voice;

/**
 * The seed's call, {@code POST /realtime/sessions} (beta), with its parameters: temperature and
 * max_response_output_tokens exist only there.
 */
@RealtimeSession(
    api = Api.BETA,
    model = Model.GPT_4O_REALTIME_PREVIEW_2024_12_17,
    voice = Voice.VERSE,
    modalities = {Modality.AUDIO, Modality.TEXT},
    instructions = "You are a friendly phone assistant.",
    inputAudioFormat = AudioFormat.PCM16,
    outputAudioFormat = AudioFormat.G711_ULAW,
    inputAudioTranscription = @Transcription(model = "whisper-1"),
    turnDetection =
        @TurnDetection(
            type = TurnDetectionType.SERVER_VAD,
            threshold = 0.6,
            prefixPaddingMs = 300,
            silenceDurationMs = 500),
    toolChoice = "none",
    temperature = 0.7,
    maxResponseOutputTokens = 1024)
public interface LegacyVoiceAgent {}
