package dev.realtimeprofiles.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.processor.model.ProfileModel;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.SessionRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Writes {@code RealtimeFoo}, the stub of a valid profile {@code Foo}: {@code CONFIG}, the request
 * body computed now (static profiles), a constructor taking a {@code RealtimeClient}, {@code
 * create}/{@code createAsync}, {@code connect}, and the tool dispatcher.
 */
public final class StubWriter {
  private final DispatcherWriter dispatchers;
  private final RuntimeFeatures features;
  private final Elements elements;

  public StubWriter(Elements elements, Types types) {
    this.elements = elements;
    this.dispatchers = new DispatcherWriter(types);
    this.features = RuntimeFeatures.of(elements);
  }

  /** The stub's source file; its one originating element is the profile type. */
  public JavaFile write(ProfileModel p) {
    ClassName stub = GeneratedNames.stub(p.packageName(), p.simpleNames());
    ClassName profile = ClassName.get(p.type());
    boolean record = p.isRecord();
    SessionConfigPlan plan = SessionConfigPlan.of(p, !record);
    SessionConfig config = plan.build();
    boolean ga = p.targetApi() == Api.GA;
    String endpoint = ga ? "POST /realtime/client_secrets" : "POST /realtime/sessions";

    TypeSpec.Builder type =
        TypeSpec.classBuilder(stub)
            .addOriginatingElement(p.type())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Creates and connects Realtime sessions of the {@link $T} profile ($L API).\nIts"
                    + " configuration was checked at compile time.\n",
                profile, ga ? "GA" : "beta");
    if (features.generatedAnnotation()) {
      type.addAnnotation(
          AnnotationSpec.builder(ClassName.bestGuess(RuntimeNames.GENERATED))
              .addMember("value", "$S", RuntimeNames.PROCESSOR)
              .addMember("comments", "$S", RuntimeNames.PROJECT_URL)
              .build());
    }

    if (usesDeprecated(p)) {
      // Hand-written code calling a deprecated profile would say the same.
      type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "{$S, $S}", "deprecation", "removal")
          .build());
    }

    FieldSpec configField =
        FieldSpec.builder(RuntimeNames.SESSION_CONFIG, "CONFIG", Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(record
                ? CodeBlock.of("The session configuration of {@link $T} without its instructions,"
                    + " which\n{@link #config($T)} fills in from the record's components.\n",
                    profile, profile)
                : CodeBlock.of("The session configuration of {@link $T}: exactly the attributes it"
                    + " sets.\n", profile))
            .initializer(plan.code())
            .build();
    type.addField(configField);

    FieldSpec requestField = null;
    if (!record) {
      String body = SessionRequest.of(config).body();
      FieldSpec bodyField =
          FieldSpec.builder(String.class, "REQUEST_BODY", Modifier.PUBLIC, Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("The body of {@code $L} for {@link #CONFIG}, written at compile time.\n",
                  endpoint)
              .initializer("$S", body)
              .build();
      requestField =
          FieldSpec.builder(RuntimeNames.SESSION_REQUEST, "REQUEST", Modifier.PRIVATE,
                  Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.of($N, $N)", RuntimeNames.SESSION_REQUEST, configField, bodyField)
              .build();
      type.addField(bodyField).addField(requestField);
    }

    FieldSpec client =
        FieldSpec.builder(RuntimeNames.REALTIME_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL)
            .build();
    type.addField(client);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc("A stub that sends its requests through {@code client}.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(RuntimeNames.REALTIME_CLIENT, "client")
            .addStatement("this.$N = $T.requireNonNull(client, $S)", client, Objects.class,
                "client == null")
            .build());

    TypeName future = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class),
        RuntimeNames.EPHEMERAL_SESSION);
    String what = ga
        ? "Creates a client secret for a session of this profile ({@code $L})."
        : "Creates a session of this profile ({@code $L}, the beta API).";
    if (record) {
      type.addMethod(MethodSpec.methodBuilder("create")
          .addJavadoc(what + "\nThe instructions are filled from {@code values}; the body is written"
              + " per call.\n", endpoint)
          .addModifiers(Modifier.PUBLIC)
          .returns(RuntimeNames.EPHEMERAL_SESSION)
          .addParameter(profile, "values")
          .addStatement("return $N.create($T.of(config(values)))", client,
              RuntimeNames.SESSION_REQUEST)
          .build());
      type.addMethod(MethodSpec.methodBuilder("createAsync")
          .addJavadoc("Like {@link #create($T)}, without blocking; cancelling the future cancels"
              + " the call.\n", profile)
          .addModifiers(Modifier.PUBLIC)
          .returns(future)
          .addParameter(profile, "values")
          .addStatement("return $N.createAsync($T.of(config(values)))", client,
              RuntimeNames.SESSION_REQUEST)
          .build());
      type.addMethod(MethodSpec.methodBuilder("connect")
          .addJavadoc("Opens a Realtime WebSocket with this profile, its instructions filled from"
              + " {@code values}.\n")
          .addModifiers(Modifier.PUBLIC)
          .returns(RuntimeNames.REALTIME_CONNECTION)
          .addParameter(profile, "values")
          .addParameter(RuntimeNames.REALTIME_LISTENER, "listener")
          .addStatement("return $N.connect(config(values), listener)", client)
          .build());
      MethodSpec.Builder configMethod = MethodSpec.methodBuilder("config")
          .addJavadoc("{@link #CONFIG} with the instructions filled from {@code values}.\n\n"
              + "@throws NullPointerException if a component the instructions use is null\n")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(RuntimeNames.SESSION_CONFIG)
          .addParameter(profile, "values");
      if (p.instructions().explicit()) {
        configMethod.addStatement("return $N.withInstructions(instructions(values))", configField);
        type.addMethod(configMethod.build());
        type.addMethod(InstructionsWriter.write(p, profile));
      } else {
        configMethod.addStatement("$T.requireNonNull(values, $S)", Objects.class, "values == null")
            .addStatement("return $N", configField);
        type.addMethod(configMethod.build());
      }
      return file(p, type.build());
    }

    type.addMethod(MethodSpec.methodBuilder("create")
        .addJavadoc(what + "\n", endpoint)
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeNames.EPHEMERAL_SESSION)
        .addStatement("return $N.create($N)", client, requestField)
        .build());
    type.addMethod(MethodSpec.methodBuilder("createAsync")
        .addJavadoc("Like {@link #create()}, without blocking; cancelling the future cancels the"
            + " call.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(future)
        .addStatement("return $N.createAsync($N)", client, requestField)
        .build());
    ClassName dispatcher = stub.nestedClass(GeneratedNames.dispatcher(p.simpleNames()));
    boolean tools = !p.tools().isEmpty();
    if (tools) {
      type.addMethod(MethodSpec.methodBuilder("connect")
          .addJavadoc("Opens a Realtime WebSocket with this profile; the model's function calls"
              + " run on {@code tools}.\n")
          .addModifiers(Modifier.PUBLIC)
          .returns(RuntimeNames.REALTIME_CONNECTION)
          .addParameter(profile, "tools")
          .addParameter(RuntimeNames.REALTIME_LISTENER, "listener")
          .addStatement("return $N.connect($N, new $T(tools), listener)", client, configField,
              dispatcher)
          .build());
    } else {
      type.addMethod(MethodSpec.methodBuilder("connect")
          .addJavadoc("Opens a Realtime WebSocket with this profile.\n")
          .addModifiers(Modifier.PUBLIC)
          .returns(RuntimeNames.REALTIME_CONNECTION)
          .addParameter(RuntimeNames.REALTIME_LISTENER, "listener")
          .addStatement("return $N.connect($N, listener)", client, configField)
          .build());
    }
    if (tools) {
      type.addType(dispatchers.write(dispatcher, profile, p.tools()));
    }
    return file(p, type.build());
  }

  /** Whether the stub refers to a deprecated profile, enclosing type or tool method. */
  private boolean usesDeprecated(ProfileModel p) {
    for (Element e = p.type(); e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (elements.isDeprecated(e)) {
        return true;
      }
    }
    return p.tools().stream().anyMatch(t -> elements.isDeprecated(t.method()));
  }

  private static JavaFile file(ProfileModel p, TypeSpec type) {
    return JavaFile.builder(p.packageName(), type)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }
}
