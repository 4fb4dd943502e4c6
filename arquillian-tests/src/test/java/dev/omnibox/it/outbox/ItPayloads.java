package dev.omnibox.it.outbox;

import dev.omnibox.ejb.outbox.OutboxTopic;
import dev.omnibox.schema.PayloadType;

/** Payload records of the outbox tests. */
public final class ItPayloads {

  /** The queue the tests publish to; the default mapping sends topic X to queue X. */
  public static final String QUEUE = "omniboxOutboxIt";

  private ItPayloads() {}

  @PayloadType(eventType = "it.order.placed", version = "1")
  @OutboxTopic(value = QUEUE, aggregateType = "Order", key = "orderId")
  public record OrderPlaced(String orderId, int sequence, String runId) {}
}
