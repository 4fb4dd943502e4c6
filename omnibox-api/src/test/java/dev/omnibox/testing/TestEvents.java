package dev.omnibox.testing;

import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import java.time.Instant;
import java.util.UUID;

/** Builders of valid PENDING events at a fixed time, for tests to change one field at a time. */
public final class TestEvents {

  /** Created, updated and scheduled time of the events built here. */
  public static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  public static final UUID OUTBOX_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
  public static final UUID INBOX_ID = UUID.fromString("00000000-0000-0000-0000-000000000002");

  private TestEvents() {}

  public static OutboxEvent.Builder outbox() {
    return OutboxEvent.builder()
        .id(OUTBOX_ID)
        .eventType("order.created")
        .payload("{\"orderId\":42}")
        .schemaVersion("1")
        .topic("orders")
        .maxAttempts(3)
        .scheduledAt(T0)
        .createdAt(T0)
        .updatedAt(T0);
  }

  public static InboxEvent.Builder inbox() {
    return InboxEvent.builder()
        .id(INBOX_ID)
        .eventType("order.created")
        .payload("{\"orderId\":42}")
        .schemaVersion("1")
        .messageId("ID:broker-1")
        .consumerGroup("shipping")
        .maxAttempts(3)
        .scheduledAt(T0)
        .createdAt(T0)
        .updatedAt(T0);
  }
}
