package dev.omnibox.model;

import static dev.omnibox.testing.TestEvents.INBOX_ID;
import static dev.omnibox.testing.TestEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.OmniboxException;
import dev.omnibox.schema.PayloadDecoder;
import dev.omnibox.testing.TestEvents;
import org.junit.jupiter.api.Test;

class InboxEventTest {

  record OrderCreated(int orderId) {}

  /** Returns values made from its arguments, so tests can check what it received. */
  static final class RecordingDecoder implements PayloadDecoder {
    @Override
    public <T> T decode(String eventType, String version, String json, Class<T> type) {
      return type.cast(new OrderCreated(json.length()));
    }

    @Override
    public Object decode(String eventType, String version, String json) {
      return eventType + "|" + version + "|" + json;
    }
  }

  private static InboxEvent completed() {
    return TestEvents.inbox()
        .source("orders-service")
        .status(EventStatus.COMPLETED)
        .attemptsMade(1)
        .processedAt(T0.plusSeconds(3))
        .updatedAt(T0.plusSeconds(3))
        .build();
  }

  @Test
  void builder_storesInboxFields() {
    InboxEvent event = completed();

    assertThat(event.id()).isEqualTo(INBOX_ID);
    assertThat(event.messageId()).isEqualTo("ID:broker-1");
    assertThat(event.consumerGroup()).isEqualTo("shipping");
    assertThat(event.source()).isEqualTo("orders-service");
  }

  @Test
  void processedAt_isCompletedAt() {
    InboxEvent event = completed();

    assertThat(event.processedAt()).isEqualTo(T0.plusSeconds(3)).isEqualTo(event.completedAt());
    assertThat(TestEvents.inbox().build().processedAt()).isNull();
  }

  @Test
  void toBuilder_roundTripsToEqualEvent() {
    InboxEvent event = completed();

    assertThat(event.toBuilder().build()).isEqualTo(event).hasSameHashCodeAs(event);
  }

  @Test
  void equality_seesEachInboxField() {
    InboxEvent base = completed();

    assertThat(base.toBuilder().messageId("ID:broker-2").build()).isNotEqualTo(base);
    assertThat(base.toBuilder().consumerGroup("billing").build()).isNotEqualTo(base);
    assertThat(base.toBuilder().source("other").build()).isNotEqualTo(base);
  }

  @Test
  void equality_ignoresPayloadDecoder() {
    InboxEvent plain = TestEvents.inbox().build();
    InboxEvent decoding = TestEvents.inbox().payloadDecoder(new RecordingDecoder()).build();

    assertThat(decoding).isEqualTo(plain).hasSameHashCodeAs(plain);
  }

  @Test
  void payloadAsType_delegatesToDecoder() {
    InboxEvent event = TestEvents.inbox().payloadDecoder(new RecordingDecoder()).build();

    assertThat(event.payloadAs(OrderCreated.class)).isEqualTo(new OrderCreated(14));
  }

  @Test
  void payloadAs_passesTypeVersionAndJson() {
    InboxEvent event = TestEvents.inbox().payloadDecoder(new RecordingDecoder()).build();

    assertThat(event.payloadAs()).isEqualTo("order.created|1|{\"orderId\":42}");
  }

  @Test
  void toBuilder_keepsPayloadDecoder() {
    InboxEvent event = TestEvents.inbox().payloadDecoder(new RecordingDecoder()).build();

    assertThat(event.toBuilder().build().payloadAs()).isEqualTo(event.payloadAs());
  }

  @Test
  void payloadAsWithoutDecoder_isRejected() {
    InboxEvent event = TestEvents.inbox().build();

    assertThatThrownBy(event::payloadAs)
        .isInstanceOf(OmniboxException.class)
        .hasMessageContaining("OMNIBOX001050")
        .hasMessageContaining(INBOX_ID.toString())
        .hasMessageContaining("payloadDecoder");
    assertThatThrownBy(() -> event.payloadAs(OrderCreated.class))
        .isInstanceOf(OmniboxException.class)
        .hasMessageContaining("OMNIBOX001050");
  }

  @Test
  void payloadAsNullType_isRejected() {
    InboxEvent event = TestEvents.inbox().payloadDecoder(new RecordingDecoder()).build();

    assertThatThrownBy(() -> event.payloadAs(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("type");
  }

  @Test
  void toString_leavesOutPayload() {
    String text = TestEvents.inbox().payload("{\"secret\":1}").build().toString();

    assertThat(text).contains("ID:broker-1", "shipping", "inbox event").doesNotContain("secret");
  }
}
