package dev.omnibox.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A message as received from a broker, before its envelope is parsed.
 *
 * @param messageId the broker-level or envelope message id, or null when the producer set none
 * @param body the message body as text
 * @param properties the message properties (JMS properties, broker headers) as text
 * @param source the destination the message came from, for example a queue name
 * @param consumerGroup the consumer group that receives it
 * @param deliveryCount how often the broker delivered it, 1 on the first delivery
 * @param receivedAt when this node received it
 * @param ackHandle how to acknowledge it
 */
public record ConsumedMessage(
    String messageId,
    String body,
    Map<String, String> properties,
    String source,
    String consumerGroup,
    int deliveryCount,
    Instant receivedAt,
    AckHandle ackHandle) {

  public ConsumedMessage {
    Objects.requireNonNull(body, "body must not be null; use an empty string for no body");
    properties = Map.copyOf(Objects.requireNonNull(properties, "properties must not be null"));
    if (consumerGroup == null || consumerGroup.isBlank()) {
      throw new IllegalArgumentException(
          "consumerGroup must not be blank, but was '" + consumerGroup + "'");
    }
    if (deliveryCount < 1) {
      throw new IllegalArgumentException(
          "deliveryCount must be at least 1, but was " + deliveryCount);
    }
    Objects.requireNonNull(receivedAt, "receivedAt must not be null");
    Objects.requireNonNull(ackHandle, "ackHandle must not be null; use AckHandle.NONE");
  }
}
