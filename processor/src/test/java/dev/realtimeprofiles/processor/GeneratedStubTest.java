package dev.realtimeprofiles.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.runtime.EphemeralSession;
import dev.realtimeprofiles.runtime.FunctionTool;
import dev.realtimeprofiles.runtime.RealtimeClient;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.SessionRequest;
import dev.realtimeprofiles.runtime.ToolCall;
import dev.realtimeprofiles.runtime.ToolCallException;
import dev.realtimeprofiles.runtime.ToolDispatcher;
import dev.realtimeprofiles.spec.RealtimeSchemas;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated stubs of the profiles in {@code src/test/resources/good}, compiled once and loaded:
 * their compile-time request bodies, their calls over a fake HTTP client, determinism and lint.
 */
class GeneratedStubTest {
  /** Every stub the good profiles give, by binary name. */
  static final Set<String> STUBS = Set.of(
      "acme.RealtimeBaseAgent",
      "acme.RealtimeBillingAgent",
      "acme.RealtimeEscapes",
      "acme.RealtimeLegacyAgent",
      "acme.RealtimeOrderHelp",
      "acme.RealtimeShop_Clerk",
      "acme.RealtimeSupportAgent");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Compilation compilation;
  private static CompiledClasses classes;

  @BeforeAll
  static void compileGoodProfiles() {
    compilation = GoodProfiles.compile("-Xlint:all");
    assertThat(compilation).succeeded();
    classes = new CompiledClasses(compilation);
  }

  private static List<String> generatedStubs() {
    List<String> names = new ArrayList<>();
    for (JavaFileObject f : compilation.generatedSourceFiles()) {
      String path = f.toUri().getPath();
      names.add(path.substring(path.indexOf("SOURCE_OUTPUT/") + "SOURCE_OUTPUT/".length(),
          path.length() - ".java".length()).replace('/', '.'));
    }
    return names;
  }

  @Test
  void everyGoodProfileGetsExactlyOneStub() {
    assertThat(generatedStubs()).containsExactlyInAnyOrderElementsOf(STUBS);
  }

  @Test
  void requestBodyConstantIsWhatTheRuntimeWritesForConfigAndFitsTheSpec() {
    RealtimeSchemas schemas = RealtimeSchemas.bundled();
    List<String> checked = new ArrayList<>();
    for (String stub : new TreeSet<>(STUBS)) {
      if (stub.equals("acme.RealtimeOrderHelp")) {
        continue; // a record profile: its body is written per call (see recordProfile...)
      }
      SessionConfig config = (SessionConfig) classes.staticField(stub, "CONFIG");
      String body = (String) classes.staticField(stub, "REQUEST_BODY");
      assertThat(body).as(stub).isEqualTo(SessionRequest.of(config).body());
      String schema = config.api() == Api.GA
          ? RealtimeSchemas.GA_CLIENT_SECRET_REQUEST
          : RealtimeSchemas.BETA_SESSION;
      assertThat(schemas.validate(schema, body)).as(stub + " against " + schema).isEmpty();
      checked.add(stub);
    }
    assertThat(checked).hasSize(STUBS.size() - 1);
  }

  @Test
  void configHoldsExactlyTheWrittenAttributes() throws IOException {
    JsonNode legacy = JSON.readTree(
        (String) classes.staticField("acme.RealtimeLegacyAgent", "REQUEST_BODY"));
    assertThat(fieldNames(legacy)).containsExactly("model", "modalities", "voice", "instructions",
        "input_audio_format", "output_audio_format", "turn_detection",
        "input_audio_noise_reduction", "temperature", "max_response_output_tokens", "speed");
    assertThat(legacy.get("turn_detection").isNull()).isTrue(); // TurnDetectionType.NONE
    assertThat(legacy.get("input_audio_noise_reduction").isNull()).isTrue(); // NoiseReduction.NONE
    assertThat(legacy.get("max_response_output_tokens").asText()).isEqualTo("inf");
    assertThat(legacy.get("instructions").asText()).isEqualTo("Speak like a \"pirate\".\nKeep it short.");

    SessionConfig support = (SessionConfig) classes.staticField("acme.RealtimeSupportAgent", "CONFIG");
    assertThat(support.temperature()).isEmpty();
    assertThat(support.speed()).isEmpty();
    assertThat(support.expiresAfterSeconds()).isEmpty();
    assertThat(support.inputAudioFormat()).isEmpty();
    assertThat(support.noiseReduction()).isEmpty();
    assertThat(support.toolChoice()).isEmpty();
    assertThat(support.api()).isEqualTo(Api.GA);
  }

  @Test
  void toolParametersAreJsonSchemaDerivedFromTheSignature() throws IOException {
    SessionConfig clerk = (SessionConfig) classes.staticField("acme.RealtimeShop_Clerk", "CONFIG");
    assertThat(clerk.tools()).extracting(FunctionTool::name)
        .containsExactly("order", "categories", "ping");
    JsonNode order = JSON.readTree(clerk.tools().get(0).parameters().orElseThrow());
    assertThat(order.get("type").asText()).isEqualTo("object");
    assertThat(order.get("additionalProperties").asBoolean(true)).isFalse();
    JsonNode p = order.get("properties");
    assertThat(fieldNames(p)).containsExactly("customer", "items", "sizes", "coupons", "priority",
        "comment", "gift", "tip", "rating", "s", "b", "initial", "total", "flags");
    assertThat(fieldValues(order.get("required"))).isEqualTo(List.of(
        "customer", "items", "sizes", "coupons", "gift", "tip", "rating", "s", "b", "initial",
        "total", "flags")); // not priority (Optional) nor comment (@Nullable)
    assertThat(p.get("customer").toString()).isEqualTo("{\"type\":\"string\"}");
    assertThat(p.get("gift").toString()).isEqualTo("{\"type\":\"boolean\"}");
    assertThat(p.get("tip").toString()).isEqualTo("{\"type\":\"number\"}");
    assertThat(p.get("rating").toString()).isEqualTo("{\"type\":\"number\"}");
    assertThat(p.get("s").toString()).isEqualTo("{\"type\":\"integer\"}");
    assertThat(p.get("b").toString()).isEqualTo("{\"type\":\"integer\"}");
    assertThat(p.get("total").toString()).isEqualTo("{\"type\":\"integer\"}");
    assertThat(p.get("priority").toString()).isEqualTo("{\"type\":\"integer\"}");
    assertThat(p.get("coupons").toString())
        .isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}");
    assertThat(p.get("flags").toString())
        .isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"boolean\"}}");
    assertThat(p.get("sizes").toString()).isEqualTo("{\"type\":\"array\",\"items\":{\"type\":"
        + "\"string\",\"enum\":[\"SMALL\",\"LARGE\"]},\"uniqueItems\":true}");
    assertThat(p.get("items").toString()).isEqualTo("{\"type\":\"array\",\"items\":{\"type\":"
        + "\"object\",\"properties\":{\"sku\":{\"type\":\"string\",\"description\":"
        + "\"catalogue id\"},\"quantity\":{\"type\":\"integer\"},\"note\":{\"type\":\"string\"},"
        + "\"size\":{\"type\":\"string\",\"enum\":[\"SMALL\",\"LARGE\"]}},\"required\":[\"sku\","
        + "\"quantity\"],\"additionalProperties\":false},\"description\":\"what to buy\"}");

    JsonNode categories = JSON.readTree(clerk.tools().get(1).parameters().orElseThrow());
    assertThat(categories.at("/properties/root/properties/children/items/$ref").asText())
        .isEqualTo("#/properties/root"); // a record that contains itself
    assertThat(categories.get("required").toString()).isEqualTo("[\"root\"]");
    assertThat(clerk.tools().get(1).description()).isEmpty(); // @Tool without description
    assertThat(clerk.tools().get(2).parameters().orElseThrow()).isEqualTo(
        "{\"type\":\"object\",\"properties\":{},\"required\":[],\"additionalProperties\":false}");
  }

  @Test
  void inheritedProfileTakesWhatItDoesNotSetFromItsParent() {
    SessionConfig billing = (SessionConfig) classes.staticField("acme.RealtimeBillingAgent", "CONFIG");
    SessionConfig base = (SessionConfig) classes.staticField("acme.RealtimeBaseAgent", "CONFIG");
    assertThat(billing.voice()).contains("sage"); // the child's setting wins
    assertThat(billing.instructions()).contains("You answer billing questions for Acme.");
    assertThat(billing.model()).isEqualTo(base.model()); // inherited
    assertThat(billing.noiseReduction()).isEqualTo(base.noiseReduction());
    assertThat(billing.maxResponseOutputTokens()).isEqualTo(base.maxResponseOutputTokens());
    assertThat(billing.tools()).extracting(FunctionTool::name)
        .containsExactly("escalate", "list_invoices");
    assertThat(billing.tools().get(0)).isEqualTo(base.tools().get(0));
  }

  @Test
  void recordProfileFillsItsInstructionsPerCall() throws Exception {
    Class<?> orderHelp = classes.load("acme.OrderHelp");
    Object values = orderHelp.getConstructors()[0].newInstance("Ann \"A.\"", "A-1017", 3);
    Class<?> stub = classes.load("acme.RealtimeOrderHelp");
    SessionConfig config =
        (SessionConfig) stub.getMethod("config", orderHelp).invoke(null, values);
    assertThat(config.instructions())
        .contains("Help Ann \"A.\" with order A-1017 (3 items). Reply in {JSON}.");
    SessionConfig base = (SessionConfig) stub.getField("CONFIG").get(null);
    assertThat(base.instructions()).isEmpty();
    assertThat(config.withInstructions("x")).isEqualTo(base.withInstructions("x"));
    String body = SessionRequest.of(config).body();
    assertThat(RealtimeSchemas.bundled().validate(RealtimeSchemas.GA_CLIENT_SECRET_REQUEST, body))
        .isEmpty();
    assertThat(JSON.readTree(body).at("/session/instructions").asText())
        .isEqualTo("Help Ann \"A.\" with order A-1017 (3 items). Reply in {JSON}.");

    Object missing = orderHelp.getConstructors()[0].newInstance(null, "A-1017", 3);
    assertThatThrownBy(() -> stub.getMethod("config", orderHelp).invoke(null, missing))
        .isInstanceOf(InvocationTargetException.class)
        .cause().isInstanceOf(NullPointerException.class)
        .hasMessage("OrderHelp.customer() is null");
  }

  @Test
  void createSendsThePrecomputedBodyToTheEndpointOfItsApi() throws Exception {
    FakeHttp http = new FakeHttp();
    RealtimeClient client = http.client();
    for (String stub : List.of("acme.RealtimeSupportAgent", "acme.RealtimeLegacyAgent")) {
      Object instance = classes.load(stub).getConstructor(RealtimeClient.class).newInstance(client);
      EphemeralSession session =
          (EphemeralSession) instance.getClass().getMethod("create").invoke(instance);
      assertThat(session.clientSecret().value()).startsWith("ek_");
      assertThat(http.bodies.get(http.bodies.size() - 1))
          .isEqualTo(classes.staticField(stub, "REQUEST_BODY"));
    }
    assertThat(http.paths).containsExactly("/v1/realtime/client_secrets", "/v1/realtime/sessions");

    Object agent = classes.load("acme.RealtimeSupportAgent").getConstructor(RealtimeClient.class)
        .newInstance(client);
    Object future = agent.getClass().getMethod("createAsync").invoke(agent);
    assertThat(((java.util.concurrent.CompletableFuture<?>) future).get()).isNotNull();
    assertThat(http.bodies.get(2))
        .isEqualTo(classes.staticField("acme.RealtimeSupportAgent", "REQUEST_BODY"));

    Class<?> orderHelp = classes.load("acme.OrderHelp");
    Object help = classes.load("acme.RealtimeOrderHelp").getConstructor(RealtimeClient.class)
        .newInstance(client);
    Object values = orderHelp.getConstructors()[0].newInstance("Ann", "A-1", 1);
    help.getClass().getMethod("create", orderHelp).invoke(help, values);
    assertThat(JSON.readTree(http.bodies.get(3)).at("/session/instructions").asText())
        .isEqualTo("Help Ann with order A-1 (1 items). Reply in {JSON}.");

    assertThatThrownBy(() -> classes.load("acme.RealtimeSupportAgent")
            .getConstructor(RealtimeClient.class).newInstance((Object) null))
        .cause().isInstanceOf(NullPointerException.class).hasMessage("client == null");
  }

  @Test
  void generatedSourcesAreTheSameOnEveryCompilation() throws IOException {
    Compilation again = GoodProfiles.compile("-Xlint:all");
    Map<String, String> first = sources(compilation);
    assertThat(sources(again)).isEqualTo(first).hasSize(STUBS.size());
  }

  @Test
  void generatedCodeHasNoWarningsUnderXlintAll() {
    // The only warnings of the whole compilation are the processor's own, on the profiles.
    for (Diagnostic<? extends JavaFileObject> w : compilation.warnings()) {
      String message = w.getMessage(null);
      boolean processingLint = message.startsWith("No processor claimed any of these annotations");
      assertThat(processingLint || message.startsWith("[Realtime")).as(message).isTrue();
      if (w.getSource() != null) {
        assertThat(w.getSource().toUri().getPath()).doesNotContain("SOURCE_OUTPUT");
      }
    }
    // -Xlint:processing only says that no processor claimed @RealtimeSession, @Tool, @Generated
    // or the test's own @Nullable: the processor returns false (claiming would hide these
    // annotations from processors that support "*"), so it is off here, as in the parent pom.
    List<JavaFileObject> quiet = new ArrayList<>(GoodProfiles.sources());
    quiet.removeIf(f -> f.getName().endsWith("Escapes.java")); // its escape hatches warn
    Compilation strict = Compiler.javac()
        .withProcessors(new RealtimeSessionProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
        .compile(quiet);
    assertThat(strict).succeededWithoutWarnings();
    assertThat(strict.generatedSourceFiles()).hasSize(STUBS.size() - 1);
  }

  @Test
  void dispatcherConvertsArgumentsAndCallsTheToolMethod() throws Exception {
    Class<?> clerk = classes.load("acme.Shop$Clerk");
    List<Object[]> calls = new ArrayList<>();
    Object tools = Proxy.newProxyInstance(classes, new Class<?>[] {clerk}, (proxy, method, args) -> {
      calls.add(args == null ? new Object[] {method.getName()} : args);
      switch (method.getName()) {
        case "order":
          return Map.of("total", 42);
        case "categories":
          return args[0];
        default:
          return null;
      }
    });
    ToolDispatcher dispatcher = dispatcher("acme.RealtimeShop_Clerk$ClerkToolDispatcher", clerk, tools);
    assertThat(dispatcher.toolNames()).containsExactly("categories", "order", "ping");

    String out = dispatcher.dispatch(ToolCall.of("order", "call_1", "{\"customer\":\"Ann\","
        + "\"items\":[{\"sku\":\"X-1\",\"quantity\":2,\"size\":\"LARGE\"}],"
        + "\"sizes\":[\"SMALL\"],\"coupons\":[7,8],\"gift\":true,\"tip\":1.5,"
        + "\"rating\":4.5,\"s\":3,\"b\":4,\"initial\":\"A\",\"total\":99,"
        + "\"flags\":[true,false]}"));
    assertThat(out).isEqualTo("{\"total\":42}");
    Object[] args = calls.get(0);
    assertThat(args[0]).isEqualTo("Ann");
    assertThat(((List<?>) args[1]).get(0).toString())
        .isEqualTo("Item[sku=X-1, quantity=2, note=Optional.empty, size=LARGE]");
    assertThat(args[2].toString()).isEqualTo("[SMALL]");
    assertThat((long[]) args[3]).containsExactly(7L, 8L);
    assertThat(args[4]).isEqualTo(Optional.empty()); // Optional<Integer>, absent
    assertThat(args[5]).isNull(); // @Nullable String, absent
    assertThat(Arrays.asList(args).subList(6, 14))
        .containsExactly(true, 1.5, 4.5f, (short) 3, (byte) 4, 'A', 99L, List.of(true, false));

    assertThat(dispatcher.dispatch(ToolCall.of("ping", "call_2", "{}"))).isEqualTo("{\"ok\":true}");
    assertThat(dispatcher.dispatch(ToolCall.of("categories", "call_3",
        "{\"root\":{\"label\":\"a\",\"children\":[]},\"recent\":[]}")))
        .isEqualTo("{\"label\":\"a\",\"children\":[]}");
    assertThat(calls.get(2)[1]).isEqualTo(Optional.of(List.of()));

    assertThatThrownBy(() -> dispatcher.dispatch(ToolCall.of("refund", "call_4", "{}")))
        .isInstanceOf(ToolCallException.class).hasMessageContaining("refund");
    assertThatThrownBy(() -> dispatcher.dispatch(ToolCall.of("order", "call_5", "{}")))
        .isInstanceOf(ToolCallException.class).hasMessageContaining("customer");
  }

  @Test
  void inheritedToolsAreDispatchedToo() throws Exception {
    Class<?> billing = classes.load("acme.BillingAgent");
    List<String> called = new ArrayList<>();
    Object tools = Proxy.newProxyInstance(classes, new Class<?>[] {billing}, (proxy, method, args) -> {
      called.add(method.getName() + List.of(args));
      return method.getName().equals("invoices") ? List.of("INV-1") : null;
    });
    ToolDispatcher dispatcher =
        dispatcher("acme.RealtimeBillingAgent$BillingAgentToolDispatcher", billing, tools);
    assertThat(dispatcher.dispatch(ToolCall.of("escalate", "c1", "{\"reason\":\"angry\"}")))
        .isEqualTo("{\"ok\":true}");
    assertThat(dispatcher.dispatch(
            ToolCall.of("list_invoices", "c2", "{\"customerId\":\"C-1\",\"limit\":5}")))
        .isEqualTo("[\"INV-1\"]");
    assertThat(called).containsExactly("escalate[angry]", "invoices[C-1, 5]");
  }

  private static ToolDispatcher dispatcher(String name, Class<?> profile, Object tools)
      throws ReflectiveOperationException {
    Constructor<?> constructor = classes.load(name).getDeclaredConstructor(profile);
    constructor.setAccessible(true);
    return (ToolDispatcher) constructor.newInstance(tools);
  }

  private static Map<String, String> sources(Compilation c) {
    Map<String, String> out = new TreeMap<>();
    for (JavaFileObject f : c.generatedSourceFiles()) {
      try {
        out.put(f.toUri().getPath(), f.getCharContent(true).toString());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> fieldValues(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(element -> values.add(element.asText()));
    return values;
  }

  /** An OkHttp client that answers every call itself, remembering paths and bodies. */
  static final class FakeHttp {
    final List<String> paths = new ArrayList<>();
    final List<String> bodies = new ArrayList<>();

    RealtimeClient client() {
      OkHttpClient ok = new OkHttpClient.Builder().addInterceptor(chain -> {
        Request request = chain.request();
        Buffer buffer = new Buffer();
        request.body().writeTo(buffer);
        synchronized (this) {
          paths.add(request.url().encodedPath());
          bodies.add(buffer.readUtf8());
        }
        boolean ga = request.url().encodedPath().endsWith("client_secrets");
        String json = ga
            ? "{\"value\":\"ek_test\",\"expires_at\":1756310470,\"session\":{\"type\":\"realtime\"}}"
            : "{\"id\":\"sess_1\",\"client_secret\":{\"value\":\"ek_test\",\"expires_at\":1756310470}}";
        return new Response.Builder()
            .request(request)
            .protocol(Protocol.HTTP_1_1)
            .code(200)
            .message("OK")
            .body(ResponseBody.create(json, MediaType.get("application/json")))
            .build();
      }).build();
      return RealtimeClient.builder().apiKey("sk-test").baseUrl("http://localhost/v1")
          .okHttpClient(ok).maxRetries(0).build();
    }
  }
}
