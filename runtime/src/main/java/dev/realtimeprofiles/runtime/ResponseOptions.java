package dev.realtimeprofiles.runtime;

import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.runtime.internal.ws.ClientEvents;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one {@code response.create} asks for, beyond the session's configuration: for {@link
 * RealtimeConnection#createResponse(ResponseOptions)}. Everything is optional; an empty options
 * object is a plain {@code response.create}. The fields are those of the spec's {@code
 * RealtimeResponseCreateParams} (openapi.yaml).
 *
 * <pre>{@code
 * c.createResponse(ResponseOptions.builder()
 *     .outOfBand()                                // conversation "none": nothing is added to it
 *     .putMetadata("purpose", "classify")         // tells its response.done from the others
 *     .instructions("Classify the user's intent in one word.")
 *     .addInputText("I want my money back")
 *     .outputModalities(Modality.TEXT)
 *     .build());
 * }</pre>
 */
public final class ResponseOptions {

  /** The most metadata pairs the API takes (spec: {@code Metadata}). */
  public static final int MAX_METADATA = 16;

  private final boolean outOfBand;
  private final Map<String, String> metadata;
  private final String instructions;
  private final List<String> inputItems;
  private final List<Modality> outputModalities;
  private final List<FunctionTool> tools;
  private final ToolChoice toolChoice;
  private final Integer maxOutputTokens;

  private ResponseOptions(Builder b) {
    this.outOfBand = b.outOfBand;
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.instructions = b.instructions;
    this.inputItems = List.copyOf(b.inputItems);
    this.outputModalities = List.copyOf(b.outputModalities);
    this.tools = b.tools == null ? null : List.copyOf(b.tools);
    this.toolChoice = b.toolChoice;
    this.maxOutputTokens = b.maxOutputTokens;
  }

  /** A builder; nothing is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the response is out of band: {@code conversation: "none"}, added to no conversation. */
  public boolean isOutOfBand() {
    return outOfBand;
  }

  /** Key-value pairs echoed in the response's events, in insertion order. */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** Instructions for this response only, replacing the session's. */
  public Optional<String> instructions() {
    return Optional.ofNullable(instructions);
  }

  /**
   * The {@code input} items, as JSON objects; when set, the response reads these instead of the
   * conversation.
   */
  public List<String> inputItems() {
    return inputItems;
  }

  /** The output modalities for this response; empty for the session's. */
  public List<Modality> outputModalities() {
    return outputModalities;
  }

  /** The tools for this response, replacing the session's; empty when not set. */
  public Optional<List<FunctionTool>> tools() {
    return Optional.ofNullable(tools);
  }

  /** How the model chooses tools for this response; empty for the session's. */
  public Optional<ToolChoice> toolChoice() {
    return Optional.ofNullable(toolChoice);
  }

  /** The most output tokens; {@link SessionConfig#INF} for the model's maximum; empty when not set. */
  public OptionalInt maxOutputTokens() {
    return maxOutputTokens == null ? OptionalInt.empty() : OptionalInt.of(maxOutputTokens);
  }

  @Override
  public String toString() {
    return "ResponseOptions{outOfBand=" + outOfBand + ", metadata=" + metadata
        + ", inputItems=" + inputItems.size() + "}";
  }

  /** Builds {@link ResponseOptions}. */
  public static final class Builder {
    private boolean outOfBand;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private String instructions;
    private final List<String> inputItems = new ArrayList<>();
    private final List<Modality> outputModalities = new ArrayList<>();
    private List<FunctionTool> tools;
    private ToolChoice toolChoice;
    private Integer maxOutputTokens;

    private Builder() {}

    /**
     * {@code conversation: "none"}: the response is added to no conversation (and a conversation
     * restored after a reconnect never contains it). Use {@link #putMetadata} to tell it apart.
     */
    public Builder outOfBand() {
      this.outOfBand = true;
      return this;
    }

    /** Adds a metadata pair: at most {@value #MAX_METADATA}, keys up to 64 and values up to 512 characters. */
    public Builder putMetadata(String key, String value) {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(value, "value == null");
      if (key.length() > 64 || value.length() > 512) {
        throw new IllegalArgumentException(
            "metadata keys are at most 64 and values at most 512 characters: " + key);
      }
      if (!metadata.containsKey(key) && metadata.size() == MAX_METADATA) {
        throw new IllegalArgumentException("at most " + MAX_METADATA + " metadata pairs");
      }
      metadata.put(key, value);
      return this;
    }

    /** Instructions for this response only. */
    public Builder instructions(String instructions) {
      this.instructions = Objects.requireNonNull(instructions, "instructions == null");
      return this;
    }

    /** Adds a user message with {@code text} to the response's {@code input}. */
    public Builder addInputText(String text) {
      Objects.requireNonNull(text, "text == null");
      inputItems.add(
          ClientEvents.userTextItem(null, text).toString());
      return this;
    }

    /** Adds an item, written as its JSON object (a {@code RealtimeConversationItem}), to {@code input}. */
    public Builder addInputItem(String itemJson) {
      Objects.requireNonNull(itemJson, "itemJson == null");
      inputItems.add(ClientEvents.checkObject(itemJson));
      return this;
    }

    /** The output modalities of this response, e.g. {@code Modality.TEXT}. */
    public Builder outputModalities(Modality... modalities) {
      outputModalities.clear();
      for (Modality m : modalities) {
        outputModalities.add(Objects.requireNonNull(m, "modality == null"));
      }
      return this;
    }

    /** The tools of this response, replacing the session's (an empty list: no tools). */
    public Builder tools(List<FunctionTool> tools) {
      this.tools = List.copyOf(Objects.requireNonNull(tools, "tools == null"));
      return this;
    }

    /** How the model chooses tools for this response. */
    public Builder toolChoice(ToolChoice toolChoice) {
      this.toolChoice = Objects.requireNonNull(toolChoice, "toolChoice == null");
      return this;
    }

    /** The most output tokens, 1 to 4096, or {@link SessionConfig#INF}. */
    public Builder maxOutputTokens(int maxOutputTokens) {
      if (maxOutputTokens != SessionConfig.INF && (maxOutputTokens < 1 || maxOutputTokens > 4096)) {
        throw new IllegalArgumentException(
            "maxOutputTokens must be between 1 and 4096, or SessionConfig.INF: " + maxOutputTokens);
      }
      this.maxOutputTokens = maxOutputTokens;
      return this;
    }

    /** The options. */
    public ResponseOptions build() {
      return new ResponseOptions(this);
    }
  }
}
