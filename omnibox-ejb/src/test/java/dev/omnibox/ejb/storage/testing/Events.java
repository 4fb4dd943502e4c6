package dev.omnibox.ejb.storage.testing;

import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * New PENDING events for the repository tests, due a second ago so that any claim may take them.
 */
public final class Events {

  private Events() {}

  public static OutboxEvent.Builder outbox(String topic) {
    Instant created = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MICROS);
    return OutboxEvent.builder()
        .id(UUID.randomUUID())
        .eventType("OrderPlaced")
        .payload("{\"order\":42}")
        .schemaVersion("1")
        .topic(topic)
        .createdAt(created)
        .updatedAt(created)
        .scheduledAt(created);
  }

  public static InboxEvent.Builder inbox(String messageId, String consumerGroup) {
    Instant created = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MICROS);
    return InboxEvent.builder()
        .id(UUID.randomUUID())
        .eventType("OrderPlaced")
        .payload("{\"order\":42}")
        .schemaVersion("1")
        .messageId(messageId)
        .consumerGroup(consumerGroup)
        .source("orders")
        .createdAt(created)
        .updatedAt(created)
        .scheduledAt(created);
  }
}
