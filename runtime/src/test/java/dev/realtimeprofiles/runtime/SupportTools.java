package dev.realtimeprofiles.runtime;

import java.util.List;

/** The tools of a test profile, as a user writes them (the profile interface's @Tool methods). */
interface SupportTools {
  enum Priority { LOW, HIGH }

  record OrderStatus(String orderId, String status, List<String> items) {}

  OrderStatus lookupOrder(String orderId);

  void escalate(String orderId, Priority priority);
}
