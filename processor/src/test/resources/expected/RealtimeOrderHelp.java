package acme;

import dev.realtimeprofiles.Modality;
import dev.realtimeprofiles.Voice;
import dev.realtimeprofiles.runtime.EphemeralSession;
import dev.realtimeprofiles.runtime.RealtimeClient;
import dev.realtimeprofiles.runtime.RealtimeConnection;
import dev.realtimeprofiles.runtime.RealtimeListener;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.SessionRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Creates and connects Realtime sessions of the {@link OrderHelp} profile (GA API).
 * Its configuration was checked at compile time.
 */
@Generated(
    value = "dev.realtimeprofiles.processor.RealtimeSessionProcessor",
    comments = "https://github.com/realtime-profiles/realtime-profiles"
)
public final class RealtimeOrderHelp {
  /**
   * The session configuration of {@link OrderHelp} without its instructions, which
   * {@link #config(OrderHelp)} fills in from the record's components.
   */
  public static final SessionConfig CONFIG = SessionConfig.builder()
      .voice(Voice.CORAL)
      .addModalities(Modality.TEXT)
      .expiresAfterSeconds(120)
      .build();

  private final RealtimeClient client;

  /**
   * A stub that sends its requests through {@code client}.
   */
  public RealtimeOrderHelp(RealtimeClient client) {
    this.client = Objects.requireNonNull(client, "client == null");
  }

  /**
   * Creates a client secret for a session of this profile ({@code POST /realtime/client_secrets}).
   * The instructions are filled from {@code values}; the body is written per call.
   */
  public EphemeralSession create(OrderHelp values) {
    return client.create(SessionRequest.of(config(values)));
  }

  /**
   * Like {@link #create(OrderHelp)}, without blocking; cancelling the future cancels the call.
   */
  public CompletableFuture<EphemeralSession> createAsync(OrderHelp values) {
    return client.createAsync(SessionRequest.of(config(values)));
  }

  /**
   * Opens a Realtime WebSocket with this profile, its instructions filled from {@code values}.
   */
  public RealtimeConnection connect(OrderHelp values, RealtimeListener listener) {
    return client.connect(config(values), listener);
  }

  /**
   * {@link #CONFIG} with the instructions filled from {@code values}.
   *
   * @throws NullPointerException if a component the instructions use is null
   */
  public static SessionConfig config(OrderHelp values) {
    return CONFIG.withInstructions(instructions(values));
  }

  /**
   * The instructions of {@link OrderHelp} with each placeholder replaced by the component
   * of the same name.
   *
   * @throws NullPointerException if a component the instructions use is null
   */
  public static String instructions(OrderHelp values) {
    Objects.requireNonNull(values, "values == null");
    String customer = Objects.requireNonNull(values.customer(), "OrderHelp.customer() is null");
    String orderId = Objects.requireNonNull(values.orderId(), "OrderHelp.orderId() is null");
    int items = values.items();
    return "Help " + customer + " with order " + orderId + " (" + items
        + " items). Reply in {JSON}.";
  }
}
