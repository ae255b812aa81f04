package acme;

public record OrderStatus(String orderId, String status) {}
