package dev.realtimeprofiles.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.AudioFormat;
import dev.realtimeprofiles.Eagerness;
import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.NoiseReduction;
import dev.realtimeprofiles.TurnDetectionType;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.processor.model.Attr;
import dev.realtimeprofiles.processor.model.ProfileModel;
import dev.realtimeprofiles.processor.model.ToolModel;
import dev.realtimeprofiles.processor.model.TranscriptionModel;
import dev.realtimeprofiles.processor.model.TurnDetectionModel;
import dev.realtimeprofiles.runtime.FunctionTool;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.ToolChoice;
import dev.realtimeprofiles.runtime.TranscriptionConfig;
import dev.realtimeprofiles.runtime.TurnDetectionConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * How a profile's {@link SessionConfig} is built, as a list of builder calls. Each call exists
 * twice, side by side: as an action on a real builder (the processor builds the config and has
 * the runtime's writer write its request body at compile time) and as the code generated for
 * {@code CONFIG}. Only attributes the profile wrote become calls, so unset ones stay absent.
 */
final class SessionConfigPlan {
  private static final ClassName API = ClassName.get(Api.class);
  private static final ClassName MODEL = ClassName.get(Model.class);
  private static final ClassName VOICE = ClassName.get(Voice.class);
  private static final ClassName MODALITY = ClassName.get(Modality.class);
  private static final ClassName AUDIO_FORMAT = ClassName.get(AudioFormat.class);
  private static final ClassName NOISE_REDUCTION = ClassName.get(NoiseReduction.class);
  private static final ClassName EAGERNESS = ClassName.get(Eagerness.class);

  /** One builder call: what it does to a real builder, and its code ({@code .voice(Voice.ASH)}). */
  private record Call(Consumer<SessionConfig.Builder> action, CodeBlock code) {}

  private final List<Call> calls = new ArrayList<>();

  private SessionConfigPlan() {}

  /**
   * The plan of {@code profile}'s config. For a record profile the instructions are a template
   * filled per call, so they are left out ({@code withInstructions} is false).
   */
  static SessionConfigPlan of(ProfileModel p, boolean withInstructions) {
    SessionConfigPlan plan = new SessionConfigPlan();
    plan.api(p.api());
    if (p.model().explicit()) {
      Model m = p.model().value();
      plan.add(b -> b.model(m), CodeBlock.of(".model($T.$N)", MODEL, m.name()));
    }
    p.modelId().written().ifPresent(id -> plan.add(b -> b.model(id), CodeBlock.of(".model($S)", id)));
    if (p.voice().explicit()) {
      Voice v = p.voice().value();
      plan.add(b -> b.voice(v), CodeBlock.of(".voice($T.$N)", VOICE, v.name()));
    }
    p.voiceId().written().ifPresent(id -> plan.add(b -> b.voice(id), CodeBlock.of(".voice($S)", id)));
    if (p.modalities().explicit() && !p.modalities().value().isEmpty()) {
      List<Modality> modalities = p.modalities().value();
      CodeBlock.Builder args = CodeBlock.builder();
      for (int i = 0; i < modalities.size(); i++) {
        args.add(i == 0 ? "$T.$N" : ", $T.$N", MODALITY, modalities.get(i).name());
      }
      plan.add(
          b -> b.addModalities(modalities.toArray(new Modality[0])),
          CodeBlock.of(".addModalities($L)", args.build()));
    }
    if (withInstructions) {
      p.instructions()
          .written()
          .ifPresent(text -> plan.add(b -> b.instructions(text), CodeBlock.of(".instructions($S)", text)));
    }
    plan.audioFormat(p.inputAudioFormat(), SessionConfig.Builder::inputAudioFormat);
    plan.audioFormat(p.outputAudioFormat(), SessionConfig.Builder::outputAudioFormat);
    if (p.writesTranscription()) {
      plan.transcription(p.inputAudioTranscription().value());
    }
    if (p.writesTurnDetection()) {
      plan.turnDetection(p.turnDetection().value());
    }
    if (p.noiseReduction().explicit()) {
      NoiseReduction n = p.noiseReduction().value();
      plan.add(b -> b.noiseReduction(n),
          CodeBlock.of(".noiseReduction($T.$N)", NOISE_REDUCTION, n.name()));
    }
    for (ToolModel tool : p.tools()) {
      plan.tool(tool, ToolSchemas.parameters(tool));
    }
    p.toolChoice().written().ifPresent(plan::toolChoice);
    p.temperature()
        .written()
        .ifPresent(t -> plan.add(b -> b.temperature(t), CodeBlock.of(".temperature($L)", t)));
    p.maxResponseOutputTokens().written().ifPresent(plan::maxTokens);
    p.speed().written().ifPresent(s -> plan.add(b -> b.speed(s), CodeBlock.of(".speed($L)", s)));
    p.expiresAfterSeconds()
        .written()
        .ifPresent(s -> plan.add(b -> b.expiresAfterSeconds(s),
            CodeBlock.of(".expiresAfterSeconds($L)", s)));
    p.extra().written().ifPresent(e -> plan.add(b -> b.extra(e), CodeBlock.of(".extra($S)", e)));
    return plan;
  }

  /** The config itself, built in the processor with the runtime's builder. */
  SessionConfig build() {
    SessionConfig.Builder builder = SessionConfig.builder();
    for (Call call : calls) {
      call.action().accept(builder);
    }
    return builder.build();
  }

  /** The expression that builds the same config: {@code SessionConfig.builder() ... .build()}. */
  CodeBlock code() {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", RuntimeNames.SESSION_CONFIG);
    code.indent().indent();
    for (Call call : calls) {
      code.add("\n").add(call.code());
    }
    code.add("\n.build()").unindent().unindent();
    return code.build();
  }

  private void add(Consumer<SessionConfig.Builder> action, CodeBlock code) {
    calls.add(new Call(action, code));
  }

  private void api(Attr<Api> api) {
    if (api.explicit()) {
      Api a = api.value();
      add(b -> b.api(a), CodeBlock.of(".api($T.$N)", API, a.name()));
    }
  }

  /** {@code .inputAudioFormat(AudioFormat.PCM16)}: the builder method has the attribute's name. */
  private void audioFormat(
      Attr<AudioFormat> attr, BiConsumer<SessionConfig.Builder, AudioFormat> setter) {
    if (attr.explicit()) {
      AudioFormat f = attr.value();
      add(b -> setter.accept(b, f), CodeBlock.of(".$N($T.$N)", attr.name(), AUDIO_FORMAT, f.name()));
    }
  }

  private void transcription(TranscriptionModel t) {
    TranscriptionConfig.Builder config = TranscriptionConfig.builder();
    List<CodeBlock> parts = new ArrayList<>();
    t.model().written().ifPresent(v -> {
      config.model(v);
      parts.add(CodeBlock.of(".model($S)", v));
    });
    t.language().written().ifPresent(v -> {
      config.language(v);
      parts.add(CodeBlock.of(".language($S)", v));
    });
    t.prompt().written().ifPresent(v -> {
      config.prompt(v);
      parts.add(CodeBlock.of(".prompt($S)", v));
    });
    parts.add(CodeBlock.of(".build()"));
    TranscriptionConfig built = config.build();
    add(b -> b.inputAudioTranscription(built),
        CodeBlock.of(".inputAudioTranscription($L)",
            chain(CodeBlock.of("$T.builder()", RuntimeNames.TRANSCRIPTION_CONFIG), parts)));
  }

  private void turnDetection(TurnDetectionModel td) {
    TurnDetectionType type = td.type().value();
    TurnDetectionConfig config;
    CodeBlock start;
    List<CodeBlock> code = new ArrayList<>();
    switch (type) {
      case NONE:
        config = TurnDetectionConfig.off();
        start = CodeBlock.of("$T.off()", RuntimeNames.TURN_DETECTION_CONFIG);
        break;
      case SEMANTIC_VAD:
        config = TurnDetectionConfig.semanticVad();
        start = CodeBlock.of("$T.semanticVad()", RuntimeNames.TURN_DETECTION_CONFIG);
        break;
      default:
        config = TurnDetectionConfig.serverVad();
        start = CodeBlock.of("$T.serverVad()", RuntimeNames.TURN_DETECTION_CONFIG);
        break;
    }
    if (td.threshold().explicit()) {
      config = config.withThreshold(td.threshold().value());
      code.add(CodeBlock.of(".withThreshold($L)", td.threshold().value()));
    }
    if (td.prefixPaddingMs().explicit()) {
      config = config.withPrefixPaddingMs(td.prefixPaddingMs().value());
      code.add(CodeBlock.of(".withPrefixPaddingMs($L)", td.prefixPaddingMs().value()));
    }
    if (td.silenceDurationMs().explicit()) {
      config = config.withSilenceDurationMs(td.silenceDurationMs().value());
      code.add(CodeBlock.of(".withSilenceDurationMs($L)", td.silenceDurationMs().value()));
    }
    if (td.idleTimeoutMs().explicit()) {
      config = config.withIdleTimeoutMs(td.idleTimeoutMs().value());
      code.add(CodeBlock.of(".withIdleTimeoutMs($L)", td.idleTimeoutMs().value()));
    }
    if (td.eagerness().explicit()) {
      config = config.withEagerness(td.eagerness().value());
      code.add(CodeBlock.of(".withEagerness($T.$N)", EAGERNESS, td.eagerness().value().name()));
    }
    if (td.createResponse().explicit()) {
      config = config.withCreateResponse(td.createResponse().value());
      code.add(CodeBlock.of(".withCreateResponse($L)", td.createResponse().value()));
    }
    if (td.interruptResponse().explicit()) {
      config = config.withInterruptResponse(td.interruptResponse().value());
      code.add(CodeBlock.of(".withInterruptResponse($L)", td.interruptResponse().value()));
    }
    TurnDetectionConfig built = config;
    add(b -> b.turnDetection(built), CodeBlock.of(".turnDetection($L)", chain(start, code)));
  }

  /** {@code start} followed by {@code calls}: on one line if one call, else one call a line. */
  private static CodeBlock chain(CodeBlock start, List<CodeBlock> calls) {
    CodeBlock.Builder code = CodeBlock.builder().add(start);
    if (calls.size() == 1) {
      return code.add(calls.get(0)).build();
    }
    code.indent().indent();
    for (CodeBlock call : calls) {
      code.add("\n").add(call);
    }
    return code.unindent().unindent().build();
  }

  private void tool(ToolModel tool, String parameters) {
    FunctionTool.Builder config = FunctionTool.builder().name(tool.toolName());
    CodeBlock.Builder code = CodeBlock.builder();
    code.add(".addTools($T.builder()", RuntimeNames.FUNCTION_TOOL).indent().indent();
    code.add("\n.name($S)", tool.toolName());
    if (tool.description().explicit()) {
      config.description(tool.description().value());
      code.add("\n.description($S)", tool.description().value());
    }
    config.parameters(parameters);
    code.add("\n.parameters($S)", parameters);
    code.add("\n.build())").unindent().unindent();
    FunctionTool built = config.build();
    add(b -> b.addTools(built), code.build());
  }

  private void toolChoice(String choice) {
    ToolChoice value = ToolChoice.of(choice);
    CodeBlock code;
    switch (choice) {
      case "auto":
        code = CodeBlock.of(".toolChoice($T.AUTO)", RuntimeNames.TOOL_CHOICE);
        break;
      case "none":
        code = CodeBlock.of(".toolChoice($T.NONE)", RuntimeNames.TOOL_CHOICE);
        break;
      case "required":
        code = CodeBlock.of(".toolChoice($T.REQUIRED)", RuntimeNames.TOOL_CHOICE);
        break;
      default:
        code = CodeBlock.of(".toolChoice($T.function($S))", RuntimeNames.TOOL_CHOICE, choice);
        break;
    }
    add(b -> b.toolChoice(value), code);
  }

  private void maxTokens(int tokens) {
    CodeBlock code =
        tokens == SessionConfig.INF
            ? CodeBlock.of(".maxResponseOutputTokens($T.INF)", RuntimeNames.SESSION_CONFIG)
            : CodeBlock.of(".maxResponseOutputTokens($L)", tokens);
    add(b -> b.maxResponseOutputTokens(tokens), code);
  }
}
