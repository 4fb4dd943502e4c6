package dev.omnibox.ejb.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.spi.AckHandle;
import dev.omnibox.spi.ConsumedMessage;
import dev.omnibox.testing.MutableClock;
import jakarta.jms.JMSException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JmsMessageConverterTest {

  private final MutableClock clock = MutableClock.at("2026-01-01T10:00:00Z");
  private final JmsMessageConverter converter = new JmsMessageConverter(clock);

  @Test
  void textMessage_eventIdProperty() throws JMSException {
    ConsumedMessage consumed =
        converter.convert(
            JmsStubs.text(
                "{\"a\":1}",
                Map.of(
                    "JMSMessageID",
                    "ID:broker-7",
                    JmsMessageConverter.EVENT_ID_PROPERTY,
                    "evt-1",
                    "JMSXDeliveryCount",
                    3,
                    "tenant",
                    42)),
            "billing",
            AckHandle.NONE);

    assertThat(consumed.messageId()).isEqualTo("evt-1");
    assertThat(consumed.body()).isEqualTo("{\"a\":1}");
    assertThat(consumed.properties()).containsEntry("tenant", "42");
    assertThat(consumed.properties()).containsEntry("JMSXDeliveryCount", "3");
    assertThat(consumed.deliveryCount()).isEqualTo(3);
    assertThat(consumed.source()).isEqualTo("orders");
    assertThat(consumed.consumerGroup()).isEqualTo("billing");
    assertThat(consumed.receivedAt()).isEqualTo(clock.instant());
  }

  @Test
  void textMessage_fallsBackToJmsMessageId() throws JMSException {
    ConsumedMessage consumed =
        converter.convert(
            JmsStubs.text("x", Map.of("JMSMessageID", "ID:broker-7")), "g", AckHandle.NONE);

    assertThat(consumed.messageId()).isEqualTo("ID:broker-7");
    assertThat(consumed.deliveryCount()).isEqualTo(1);
  }

  @Test
  void redelivered_withoutCount_isSecondDelivery() throws JMSException {
    ConsumedMessage consumed =
        converter.convert(
            JmsStubs.text("x", Map.of("JMSMessageID", "ID:1", "JMSRedelivered", true)),
            "g",
            AckHandle.NONE);

    assertThat(consumed.deliveryCount()).isEqualTo(2);
  }

  @Test
  void nullText_becomesEmptyBody() throws JMSException {
    ConsumedMessage consumed =
        converter.convert(JmsStubs.text(null, Map.of("JMSMessageID", "ID:1")), "g", AckHandle.NONE);

    assertThat(consumed.body()).isEmpty();
  }

  @Test
  void bytesMessage_decodesUtf8() throws JMSException {
    byte[] body = "{\"name\":\"Zoë ✓\"}".getBytes(StandardCharsets.UTF_8);

    ConsumedMessage consumed =
        converter.convert(
            JmsStubs.bytes(body, Map.of("JMSMessageID", "ID:1")), "g", AckHandle.NONE);

    assertThat(consumed.body()).isEqualTo("{\"name\":\"Zoë ✓\"}");
  }

  @Test
  void bytesMessage_invalidUtf8_isReplaced() throws JMSException {
    byte[] body = {'{', (byte) 0xC3, '}'};

    ConsumedMessage consumed =
        converter.convert(
            JmsStubs.bytes(body, Map.of("JMSMessageID", "ID:1")), "g", AckHandle.NONE);

    assertThat(consumed.body()).isEqualTo("{\uFFFD}");
  }

  @Test
  void objectMessage_isMarkedUnreadable() throws JMSException {
    ConsumedMessage consumed =
        converter.convert(JmsStubs.object(Map.of("JMSMessageID", "ID:1")), "g", AckHandle.NONE);

    assertThat(consumed.body()).isEmpty();
    assertThat(consumed.properties().get(JmsMessageConverter.UNREADABLE_BODY_PROPERTY))
        .contains("ObjectMessage");
  }

  @Test
  void blankEventId_usesJmsMessageId() throws JMSException {
    ConsumedMessage consumed =
        converter.convert(
            JmsStubs.text(
                "x", Map.of("JMSMessageID", "ID:9", JmsMessageConverter.EVENT_ID_PROPERTY, " ")),
            "g",
            AckHandle.NONE);

    assertThat(consumed.messageId()).isEqualTo("ID:9");
  }
}
