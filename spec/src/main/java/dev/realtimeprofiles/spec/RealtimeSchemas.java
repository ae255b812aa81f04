package dev.realtimeprofiles.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON against the Realtime schemas of OpenAI's API spec.
 *
 * <p>Thread-safe; each schema is compiled once, on first use. Use the constants for the schemas
 * this project checks against, or any name of {@link #schemaNames()}.
 */
public final class RealtimeSchemas {

  /** The GA body of {@code POST /realtime/client_secrets}. */
  public static final String GA_CLIENT_SECRET_REQUEST = "RealtimeCreateClientSecretRequest";

  /** The GA {@code session} object (inside a client secret request or a session.update). */
  public static final String GA_SESSION = "RealtimeSessionCreateRequestGA";

  /** The GA answer of {@code POST /realtime/client_secrets}. */
  public static final String GA_CLIENT_SECRET_RESPONSE = "RealtimeCreateClientSecretResponse";

  /**
   * The beta session, used for the body of {@code POST /realtime/sessions}: the spec's request
   * schema for that call ({@code RealtimeSessionCreateRequest}) wrongly requires the response's
   * {@code client_secret}, so bodies are checked against this one.
   */
  public static final String BETA_SESSION = "RealtimeSession";

  /** The beta answer of {@code POST /realtime/sessions}. */
  public static final String BETA_SESSION_RESPONSE = "RealtimeSessionCreateResponse";

  /** Any GA client event (the WebSocket messages a client sends). */
  public static final String GA_CLIENT_EVENT = "RealtimeClientEvent";

  /** Any GA server event (the WebSocket messages the server sends). */
  public static final String GA_SERVER_EVENT = "RealtimeServerEvent";

  private static final String RESOURCE = "openai-realtime-schemas.json";
  private static final String DOCUMENT_ID = "urn:realtime-profiles:openai-realtime-schemas";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    Slf4jWithoutProvider.initialiseQuietly(); // before the validator's classes log anything
  }

  private static final RealtimeSchemas INSTANCE = new RealtimeSchemas(readBundledDocument());

  private final JsonNode document;
  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  private RealtimeSchemas(JsonNode document) {
    this.document = document;
  }

  /** The bundled schemas. */
  public static RealtimeSchemas bundled() {
    return INSTANCE;
  }

  /** Names of every schema bundled, sorted. */
  public Set<String> schemaNames() {
    Set<String> names = new TreeSet<>();
    document.get("$defs").fieldNames().forEachRemaining(names::add);
    return Collections.unmodifiableSet(names);
  }

  /**
   * Validates {@code json} against the schema {@code schemaName}.
   *
   * @return one line per violation, {@code "<json path>: <message>"}; empty when valid
   * @throws IllegalArgumentException if {@code json} is not JSON or the schema is unknown
   */
  public List<String> validate(String schemaName, String json) {
    Objects.requireNonNull(json, "json == null");
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    return validate(schemaName, node);
  }

  /** Validates {@code json}; see {@link #validate(String, String)}. */
  public List<String> validate(String schemaName, JsonNode json) {
    Objects.requireNonNull(json, "json == null");
    List<String> problems = new ArrayList<>();
    for (Error error : schema(schemaName).validate(json)) {
      problems.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return problems;
  }

  private Schema schema(String schemaName) {
    Objects.requireNonNull(schemaName, "schemaName == null");
    if (!document.get("$defs").has(schemaName)) {
      throw new IllegalArgumentException("no schema named " + schemaName);
    }
    return compiled.computeIfAbsent(schemaName, this::compile);
  }

  private Schema compile(String schemaName) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", document.get("$schema").asText());
    root.put("$id", DOCUMENT_ID);
    root.set("$defs", document.get("$defs"));
    root.put("$ref", "#/$defs/" + schemaName);
    return registry.getSchema(root);
  }

  private static JsonNode readBundledDocument() {
    try (InputStream in = RealtimeSchemas.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
