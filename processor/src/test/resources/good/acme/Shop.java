package acme;

import dev.realtimeprofiles.Eagerness;
import dev.realtimeprofiles.Model;
import dev.realtimeprofiles.Param;
import dev.realtimeprofiles.RealtimeSession;
import dev.realtimeprofiles.Tool;
import dev.realtimeprofiles.TurnDetection;
import dev.realtimeprofiles.TurnDetectionType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every parameter shape a tool may take, in a nested profile with semantic VAD. */
public final class Shop {
  private Shop() {}

  public enum Size { SMALL, LARGE }

  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
  @interface Nullable {}

  public record Item(
      @Param(description = "catalogue id") String sku,
      int quantity,
      Optional<String> note,
      @Nullable Size size) {}

  public record Tree(String label, List<Tree> children) {}

  @RealtimeSession(
      model = Model.GPT_REALTIME_MINI,
      turnDetection = @TurnDetection(
          type = TurnDetectionType.SEMANTIC_VAD,
          eagerness = Eagerness.HIGH,
          interruptResponse = false),
      toolChoice = "order",
      expiresAfterSeconds = 3600,
      extra = "{\"tracing\": \"auto\"}")
  public interface Clerk {
    @Tool(description = "Place an order")
    Map<String, Integer> order(
        String customer,
        @Param(description = "what to buy") List<Item> items,
        Set<Size> sizes,
        long[] coupons,
        Optional<Integer> priority,
        @Nullable String comment,
        boolean gift,
        double tip,
        float rating,
        short s,
        byte b,
        char initial,
        Long total,
        Collection<Boolean> flags) throws Exception;

    @Tool
    Tree categories(Tree root, Optional<List<Item>> recent);

    @Tool(name = "ping")
    void ping();
  }
}
