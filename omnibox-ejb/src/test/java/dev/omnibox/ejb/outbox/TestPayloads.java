package dev.omnibox.ejb.outbox;

import dev.omnibox.schema.PayloadType;

/** Payload records of the outbox tests. */
final class TestPayloads {

  private TestPayloads() {}

  @PayloadType(eventType = "order.created", version = "1.2")
  @OutboxTopic(value = "orders", aggregateType = "Order", key = "orderId")
  public record OrderCreated(String orderId, long totalCents) {}

  @PayloadType(eventType = "order.cancelled", version = "1")
  public record OrderCancelled(String orderId) {}

  @PayloadType(eventType = "order.shipped", version = "1")
  @OutboxTopic(value = "orders", key = "shipmentId")
  public record WrongKey(String orderId) {}

  @OutboxTopic("orders")
  public record NoPayloadType(String orderId) {}
}
