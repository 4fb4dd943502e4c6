package dev.omnibox.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventLifecycleCreateTest {

  private final MutableClock clock = MutableClock.at("2025-03-01T10:00:00Z");
  private final EventLifecycle lifecycle =
      new EventLifecycle(clock, EventValidationPolicy.defaults());

  private static OutboxEvent.Builder outboxDraft() {
    return OutboxEvent.builder()
        .eventType("order.created")
        .payload("{}")
        .schemaVersion("1")
        .topic("orders");
  }

  private static InboxEvent.Builder inboxDraft() {
    return InboxEvent.builder()
        .eventType("order.created")
        .payload("{}")
        .schemaVersion("1")
        .messageId("ID:1")
        .consumerGroup("shipping");
  }

  @Test
  void newOutboxEvent_isPendingAtClockTime() {
    OutboxEvent event = lifecycle.newOutboxEvent(outboxDraft());

    assertThat(event.id()).isNotNull();
    assertThat(event.status()).isEqualTo(EventStatus.PENDING);
    assertThat(event.attemptsMade()).isZero();
    assertThat(event.createdAt()).isEqualTo(clock.instant());
    assertThat(event.updatedAt()).isEqualTo(clock.instant());
    assertThat(event.scheduledAt()).isEqualTo(clock.instant());
    assertThat(event.topic()).isEqualTo("orders");
  }

  @Test
  void newOutboxEvent_clearsStateFieldsOfDraft() {
    OutboxEvent.Builder draft =
        outboxDraft()
            .status(EventStatus.FAILED)
            .attemptsMade(3)
            .lastError("old")
            .completedAt(Instant.EPOCH)
            .lockedBy("worker-1")
            .lockedAt(Instant.EPOCH)
            .createdAt(Instant.EPOCH)
            .updatedAt(Instant.EPOCH);

    OutboxEvent event = lifecycle.newOutboxEvent(draft);

    assertThat(event.status()).isEqualTo(EventStatus.PENDING);
    assertThat(event.attemptsMade()).isZero();
    assertThat(event.lastError()).isNull();
    assertThat(event.completedAt()).isNull();
    assertThat(event.isLocked()).isFalse();
    assertThat(event.createdAt()).isEqualTo(clock.instant());
  }

  @Test
  void newOutboxEvent_givesEachEventNewId() {
    UUID first = lifecycle.newOutboxEvent(outboxDraft()).id();
    UUID second = lifecycle.newOutboxEvent(outboxDraft()).id();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void newOutboxEvent_givesTimeOrderedIdFromClock() {
    UUID first = lifecycle.newOutboxEvent(outboxDraft()).id();
    clock.advance(Duration.ofMillis(1));
    UUID second = lifecycle.newOutboxEvent(outboxDraft()).id();

    assertThat(first.version()).isEqualTo(7);
    assertThat(first.getMostSignificantBits() >>> 16)
        .isEqualTo(clock.instant().minusMillis(1).toEpochMilli());
    assertThat(second).isGreaterThan(first);
  }

  @Test
  void newOutboxEvent_keepsDraftIdAndSchedule() {
    UUID id = UUID.randomUUID();
    Instant later = clock.instant().plus(Duration.ofHours(1));

    OutboxEvent event = lifecycle.newOutboxEvent(outboxDraft().id(id).scheduledAt(later));

    assertThat(event.id()).isEqualTo(id);
    assertThat(event.scheduledAt()).isEqualTo(later);
  }

  @Test
  void newOutboxEvent_validatesDraft() {
    assertThatThrownBy(() -> lifecycle.newOutboxEvent(outboxDraft().topic(null)))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("topic is missing");
  }

  @Test
  void newInboxEvent_isPendingAtClockTime() {
    InboxEvent event = lifecycle.newInboxEvent(inboxDraft().maxAttempts(5));

    assertThat(event.id()).isNotNull();
    assertThat(event.status()).isEqualTo(EventStatus.PENDING);
    assertThat(event.maxAttempts()).isEqualTo(5);
    assertThat(event.createdAt()).isEqualTo(clock.instant());
    assertThat(event.scheduledAt()).isEqualTo(clock.instant());
    assertThat(event.messageId()).isEqualTo("ID:1");
  }

  @Test
  void newInboxEvent_validatesDraft() {
    assertThatThrownBy(() -> lifecycle.newInboxEvent(inboxDraft().consumerGroup("")))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("consumerGroup is blank");
  }

  @Test
  void constructor_rejectsNulls() {
    EventValidationPolicy policy = EventValidationPolicy.defaults();

    assertThatThrownBy(() -> new EventLifecycle(null, policy))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("clock");
    assertThatThrownBy(() -> new EventLifecycle(clock, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("policy");
  }
}
