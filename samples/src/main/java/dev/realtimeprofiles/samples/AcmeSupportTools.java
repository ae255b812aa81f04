package dev.realtimeprofiles.samples;

import java.util.Map;

/** The Java side of {@link SupportAgent}'s tools: a tiny in-memory order book. */
public final class AcmeSupportTools implements SupportAgent {
  private final Map<String, OrderStatus> orders =
      Map.of(
          "A-1017", new OrderStatus("A-1017", Stage.SHIPPED, "tomorrow"),
          "A-1018", new OrderStatus("A-1018", Stage.PACKED, "in 3 days"));

  @Override
  public OrderStatus lookupOrder(String orderId) {
    OrderStatus status = orders.get(orderId);
    if (status == null) {
      throw new IllegalArgumentException("no order " + orderId);
    }
    return status;
  }

  @Override
  public boolean cancelOrder(String orderId, String reason) {
    OrderStatus status = lookupOrder(orderId);
    return status.stage() == Stage.RECEIVED || status.stage() == Stage.PACKED;
  }
}
