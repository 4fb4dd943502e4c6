package dev.omnibox.model;

import static dev.omnibox.testing.TestEvents.OUTBOX_ID;
import static dev.omnibox.testing.TestEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.testing.TestEvents;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxEventTest {

  private static OutboxEvent fullyPopulated() {
    return TestEvents.outbox()
        .headers(Map.of("tenant", "acme", "priority", "high"))
        .traceId("trace-1")
        .correlationId("corr-1")
        .causationId("cause-1")
        .idempotencyKey("key-1")
        .aggregateType("Order")
        .aggregateId("42")
        .partitionKey("order-42")
        .attemptsMade(1)
        .lastError("timeout")
        .lockedBy("worker-1")
        .lockedAt(T0.plusSeconds(5))
        .scheduledAt(T0.plusSeconds(1))
        .updatedAt(T0.plusSeconds(5))
        .build();
  }

  @Test
  void builder_storesEveryField() {
    OutboxEvent event = fullyPopulated();

    assertThat(event.id()).isEqualTo(OUTBOX_ID);
    assertThat(event.eventType()).isEqualTo("order.created");
    assertThat(event.payload()).isEqualTo("{\"orderId\":42}");
    assertThat(event.headers())
        .containsOnly(Map.entry("tenant", "acme"), Map.entry("priority", "high"));
    assertThat(event.schemaVersion()).isEqualTo("1");
    assertThat(event.traceId()).isEqualTo("trace-1");
    assertThat(event.correlationId()).isEqualTo("corr-1");
    assertThat(event.causationId()).isEqualTo("cause-1");
    assertThat(event.idempotencyKey()).isEqualTo("key-1");
    assertThat(event.status()).isEqualTo(EventStatus.PENDING);
    assertThat(event.attemptsMade()).isEqualTo(1);
    assertThat(event.maxAttempts()).isEqualTo(3);
    assertThat(event.lastError()).isEqualTo("timeout");
    assertThat(event.scheduledAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(event.completedAt()).isNull();
    assertThat(event.lockedBy()).isEqualTo("worker-1");
    assertThat(event.lockedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(event.createdAt()).isEqualTo(T0);
    assertThat(event.updatedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(event.aggregateType()).isEqualTo("Order");
    assertThat(event.aggregateId()).isEqualTo("42");
    assertThat(event.topic()).isEqualTo("orders");
    assertThat(event.partitionKey()).isEqualTo("order-42");
  }

  @Test
  void newBuilder_startsPendingWithDefaults() {
    OutboxEvent event =
        OutboxEvent.builder()
            .id(UUID.randomUUID())
            .eventType("t")
            .payload("{}")
            .schemaVersion("1")
            .topic("orders")
            .scheduledAt(T0)
            .createdAt(T0)
            .updatedAt(T0)
            .build();

    assertThat(event.status()).isEqualTo(EventStatus.PENDING);
    assertThat(event.attemptsMade()).isZero();
    assertThat(event.maxAttempts()).isEqualTo(StoredEventBuilder.DEFAULT_MAX_ATTEMPTS);
    assertThat(event.headers()).isEmpty();
    assertThat(event.isLocked()).isFalse();
  }

  @Test
  void toBuilder_roundTripsToEqualEvent() {
    OutboxEvent event = fullyPopulated();

    OutboxEvent copy = event.toBuilder().build();

    assertThat(copy).isEqualTo(event).hasSameHashCodeAs(event).isNotSameAs(event);
  }

  @Test
  void toBuilder_changesOnlyTheCopy() {
    OutboxEvent event = fullyPopulated();

    OutboxEvent changed = event.toBuilder().topic("invoices").build();

    assertThat(changed.topic()).isEqualTo("invoices");
    assertThat(event.topic()).isEqualTo("orders");
    assertThat(changed).isNotEqualTo(event);
  }

  @Test
  void equality_isByValue() {
    OutboxEvent first = TestEvents.outbox().header("a", "1").build();
    OutboxEvent second = TestEvents.outbox().header("a", "1").build();

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
  }

  @Test
  void equality_seesEachOutboxField() {
    OutboxEvent base = fullyPopulated();

    assertThat(base.toBuilder().aggregateType("Invoice").build()).isNotEqualTo(base);
    assertThat(base.toBuilder().aggregateId("43").build()).isNotEqualTo(base);
    assertThat(base.toBuilder().topic("invoices").build()).isNotEqualTo(base);
    assertThat(base.toBuilder().partitionKey("order-43").build()).isNotEqualTo(base);
  }

  @Test
  void equality_seesSharedFields() {
    OutboxEvent base = fullyPopulated();

    assertThat(base.toBuilder().header("tenant", "other").build()).isNotEqualTo(base);
    assertThat(base.toBuilder().payload("{}").build()).isNotEqualTo(base);
    assertThat(base.toBuilder().attemptsMade(2).build()).isNotEqualTo(base);
    assertThat(base.toBuilder().updatedAt(T0.plusSeconds(6)).build()).isNotEqualTo(base);
  }

  @Test
  void outboxEvent_neverEqualsInboxEvent() {
    assertThat((Object) TestEvents.outbox().build()).isNotEqualTo(TestEvents.inbox().build());
  }

  @Test
  void headers_areImmutableCopy() {
    Map<String, String> source = new LinkedHashMap<>(Map.of("tenant", "acme"));
    OutboxEvent event = TestEvents.outbox().headers(source).build();

    source.put("tenant", "changed");

    assertThat(event.headers()).containsExactly(Map.entry("tenant", "acme"));
    assertThatThrownBy(() -> event.headers().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void headersNull_clearsHeaders() {
    OutboxEvent event = TestEvents.outbox().header("a", "1").headers(null).build();

    assertThat(event.headers()).isEmpty();
  }

  @Test
  void blankHeaderName_isRejected() {
    assertThatThrownBy(() -> TestEvents.outbox().header(" ", "v"))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001005")
        .hasMessageContaining("' '");
  }

  @Test
  void nullHeaderValue_isRejected() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("tenant", null);

    assertThatThrownBy(() -> TestEvents.outbox().headers(headers))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001006")
        .hasMessageContaining("tenant");
  }

  @Test
  void toString_leavesOutPayload() {
    String text = TestEvents.outbox().payload("{\"secret\":\"s3cr3t\"}").build().toString();

    assertThat(text)
        .contains(OUTBOX_ID.toString(), "order.created", "PENDING", "0 of 3 attempts", "orders")
        .doesNotContain("s3cr3t");
  }

  @Test
  void longLastError_isTruncatedNotRejected() {
    EventValidationPolicy policy = EventValidationPolicy.defaults().withMaxLastErrorBytes(20);

    OutboxEvent event = TestEvents.outbox().lastError("x".repeat(100)).build(policy);

    assertThat(event.lastError()).isEqualTo("xxxxx" + ErrorText.SUFFIX);
  }

  @Test
  void defaultPolicy_truncatesLastErrorAt4000Bytes() {
    OutboxEvent event = TestEvents.outbox().lastError("é".repeat(3000)).build();

    assertThat(event.lastError()).endsWith(ErrorText.SUFFIX);
    assertThat(event.lastError().getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .hasSizeLessThanOrEqualTo(4000);
  }

  @Test
  void blankLastError_isStoredAsNull() {
    assertThat(TestEvents.outbox().lastError("  ").build().lastError()).isNull();
  }

  @Test
  void buildWithNullPolicy_isRejected() {
    assertThatThrownBy(() -> TestEvents.outbox().build(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("policy");
  }

  @Test
  void buildWithPolicy_appliesItsLimits() {
    EventValidationPolicy strict =
        EventValidationPolicy.defaults().withMaxScheduleAhead(Duration.ZERO);
    OutboxEvent.Builder builder = TestEvents.outbox().scheduledAt(T0.plusSeconds(1));

    assertThat(builder.build().scheduledAt()).isEqualTo(T0.plusSeconds(1));
    assertThatThrownBy(() -> builder.build(strict)).isInstanceOf(InvalidEventException.class);
  }
}
