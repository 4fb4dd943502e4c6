package dev.omnibox.ejb.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.ejb.outbox.TestPayloads.NoPayloadType;
import dev.omnibox.ejb.outbox.TestPayloads.OrderCancelled;
import dev.omnibox.ejb.outbox.TestPayloads.OrderCreated;
import dev.omnibox.ejb.outbox.TestPayloads.WrongKey;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  @Test
  void of_readsOutboxTopicAnnotation() {
    OutboxMessage message = OutboxMessage.of(new OrderCreated("42", 10)).build();

    assertThat(message.topic()).isEqualTo("orders");
    assertThat(message.eventType()).isEqualTo("order.created");
    assertThat(message.schemaVersion()).isEqualTo("1.2");
    assertThat(message.aggregateType()).isEqualTo("Order");
    assertThat(message.aggregateId()).isEqualTo("42");
    assertThat(message.partitionKey()).isEqualTo("42");
    assertThat(message.payload()).contains(new OrderCreated("42", 10));
    assertThat(message.json()).isEmpty();
  }

  @Test
  void of_builderOverridesAnnotation() {
    OutboxMessage message =
        OutboxMessage.of(new OrderCreated("42", 10))
            .topic("orders-eu")
            .partitionKey("customer-7")
            .build();

    assertThat(message.topic()).isEqualTo("orders-eu");
    assertThat(message.partitionKey()).isEqualTo("customer-7");
    assertThat(message.aggregateId()).isEqualTo("42");
  }

  @Test
  void of_withoutOutboxTopic_rejects() {
    assertThatThrownBy(() -> OutboxMessage.of(new OrderCancelled("42")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(OrderCancelled.class.getName())
        .hasMessageContaining("@OutboxTopic");
  }

  @Test
  void of_unknownKeyComponent_rejects() {
    assertThatThrownBy(() -> OutboxMessage.of(new WrongKey("42")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'shipmentId'");
  }

  @Test
  void payload_withoutPayloadType_rejects() {
    assertThatThrownBy(() -> OutboxMessage.builder("orders").payload(new NoPayloadType("42")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("@PayloadType");
  }

  @Test
  void build_withoutPayload_rejects() {
    assertThatThrownBy(() -> OutboxMessage.builder("orders").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no payload");
  }

  @Test
  void build_blankTopic_rejects() {
    assertThatThrownBy(() -> OutboxMessage.builder(" ").json("a", "1", "{}").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("topic");
  }

  @Test
  void json_withoutVersion_rejects() {
    assertThatThrownBy(() -> OutboxMessage.builder("orders").json("a", null, "{}").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schemaVersion");
  }

  @Test
  void header_nullValue_rejects() {
    assertThatThrownBy(() -> OutboxMessage.builder("orders").header("tenant", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'tenant'");
  }

  @Test
  void toString_leavesOutPayload() {
    OutboxMessage message = OutboxMessage.of(new OrderCreated("secret-id", 10)).build();

    assertThat(message.toString()).contains("order.created").doesNotContain("totalCents");
  }
}
