package dev.omnibox.ejb.inbox;

import dev.omnibox.spi.AckHandle;
import dev.omnibox.spi.ConsumedMessage;
import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a JMS message into a {@link ConsumedMessage}:
 *
 * <ul>
 *   <li>the body of a {@link TextMessage} as is, of a {@link BytesMessage} decoded as UTF-8
 *       (invalid bytes replaced and logged). Other message types get an empty body and the {@value
 *       #UNREADABLE_BODY_PROPERTY} property, so they are stored as bad input;
 *   <li>every JMS property as text, plus {@code JMSCorrelationID} and {@code JMSType} when set;
 *   <li>the message id from the {@value #EVENT_ID_PROPERTY} property that the omnibox publisher
 *       sets, else the {@code JMSMessageID};
 *   <li>the delivery count from {@code JMSXDeliveryCount}, else 2 for a redelivered message and 1
 *       otherwise;
 *   <li>the source: the queue or topic name of {@code JMSDestination}.
 * </ul>
 */
public final class JmsMessageConverter {

  /** The property that contains the omnibox event id; the omnibox JMS publisher sets it. */
  public static final String EVENT_ID_PROPERTY = "omnibox_event_id";

  /** The property this converter adds when it cannot read a message's body. */
  public static final String UNREADABLE_BODY_PROPERTY = "omnibox_unreadable_body";

  static final String DELIVERY_COUNT_PROPERTY = "JMSXDeliveryCount";

  private final Clock clock;

  public JmsMessageConverter(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /**
   * Converts {@code message} for {@code consumerGroup}.
   *
   * @throws JMSException when the provider cannot read the message
   */
  public ConsumedMessage convert(Message message, String consumerGroup, AckHandle ackHandle)
      throws JMSException {
    Objects.requireNonNull(message, "message must not be null");
    Map<String, String> properties = propertiesOf(message);
    String messageId = messageIdOf(message, properties);
    String source = sourceOf(message.getJMSDestination());
    String body = bodyOf(message, messageId, source, properties);
    return new ConsumedMessage(
        messageId,
        body,
        properties,
        source,
        consumerGroup,
        deliveryCountOf(message),
        clock.instant(),
        ackHandle);
  }

  private static Map<String, String> propertiesOf(Message message) throws JMSException {
    Map<String, String> properties = new LinkedHashMap<>();
    for (Object name : Collections.list(message.getPropertyNames())) {
      String key = String.valueOf(name);
      Object value = message.getObjectProperty(key);
      if (value != null) {
        properties.put(key, String.valueOf(value));
      }
    }
    putIfSet(properties, "JMSCorrelationID", message.getJMSCorrelationID());
    putIfSet(properties, "JMSType", message.getJMSType());
    return properties;
  }

  private static String messageIdOf(Message message, Map<String, String> properties)
      throws JMSException {
    String eventId = properties.get(EVENT_ID_PROPERTY);
    if (eventId != null && !eventId.isBlank()) {
      return eventId;
    }
    return message.getJMSMessageID();
  }

  private static String bodyOf(
      Message message, String messageId, String source, Map<String, String> properties)
      throws JMSException {
    if (message instanceof TextMessage text) {
      return Objects.requireNonNullElse(text.getText(), "");
    }
    if (message instanceof BytesMessage bytes) {
      return utf8(bytes, messageId, source);
    }
    if (isBodyless(message)) {
      return "";
    }
    properties.put(
        UNREADABLE_BODY_PROPERTY,
        "the body of a "
            + simpleTypeOf(message)
            + " is not read; send a TextMessage or a BytesMessage with UTF-8 text");
    return "";
  }

  /** Returns whether {@code message} is a plain {@link Message}, which carries no body. */
  private static boolean isBodyless(Message message) {
    return !(message instanceof MapMessage)
        && !(message instanceof ObjectMessage)
        && !(message instanceof StreamMessage);
  }

  private static String simpleTypeOf(Message message) {
    if (message instanceof MapMessage) {
      return "MapMessage";
    }
    if (message instanceof ObjectMessage) {
      return "ObjectMessage";
    }
    return "StreamMessage";
  }

  private static String utf8(BytesMessage message, String messageId, String source)
      throws JMSException {
    long length = message.getBodyLength();
    if (length > Integer.MAX_VALUE - 8) {
      throw new JMSException("body of message " + messageId + " is too large: " + length);
    }
    byte[] bytes = new byte[(int) length];
    message.readBytes(bytes);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      InboxDispatcher.LOG.invalidUtf8(messageId, source);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static int deliveryCountOf(Message message) throws JMSException {
    if (message.propertyExists(DELIVERY_COUNT_PROPERTY)) {
      int count = message.getIntProperty(DELIVERY_COUNT_PROPERTY);
      if (count >= 1) {
        return count;
      }
    }
    return message.getJMSRedelivered() ? 2 : 1;
  }

  private static String sourceOf(Destination destination) throws JMSException {
    if (destination instanceof Queue queue) {
      return queue.getQueueName();
    }
    if (destination instanceof Topic topic) {
      return topic.getTopicName();
    }
    return destination == null ? null : destination.toString();
  }

  private static void putIfSet(Map<String, String> properties, String name, String value) {
    if (value != null && !value.isBlank()) {
      properties.putIfAbsent(name, value);
    }
  }
}
