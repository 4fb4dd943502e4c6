package dev.omnibox.ejb.jms;

import dev.omnibox.model.OutboxEvent;
import jakarta.jms.JMSProducer;

/**
 * The JMS properties that {@link JmsEventPublisher} sets on every message, so that consumers and
 * broker tools can route and filter without parsing the body. Absent values are not set.
 *
 * <p>The inbox deduplicates by the envelope's {@code id} in the message body, which is the outbox
 * event id; {@link #EVENT_ID} carries the same value for selectors and for consumers that read only
 * properties. JMS message ids ({@code JMSMessageID}) are assigned by the provider and differ on
 * every send, so they cannot serve as the event id.
 */
public final class MessageProperties {

  /** The outbox event id, a UUID in text form; the same on every send of one event. */
  public static final String EVENT_ID = "omnibox_event_id";

  public static final String EVENT_TYPE = "omnibox_event_type";
  public static final String SCHEMA_VERSION = "omnibox_schema_version";
  public static final String TOPIC = "omnibox_topic";
  public static final String AGGREGATE_TYPE = "omnibox_aggregate_type";
  public static final String AGGREGATE_ID = "omnibox_aggregate_id";
  public static final String CORRELATION_ID = "omnibox_correlation_id";
  public static final String CAUSATION_ID = "omnibox_causation_id";

  /** The W3C trace context of the request that wrote the event. */
  public static final String TRACEPARENT = "traceparent";

  /**
   * Artemis duplicate detection: the broker drops a second message with the same value on the same
   * address while the id is in its duplicate cache (sized by the broker's {@code id-cache-size}
   * setting). Set to the outbox event id.
   */
  public static final String ARTEMIS_DUPLICATE_ID = "_AMQ_DUPL_ID";

  /**
   * The JMS group id, set to the partition key: Artemis delivers the messages of one group to one
   * consumer at a time, in order.
   */
  public static final String GROUP_ID = "JMSXGroupID";

  private MessageProperties() {}

  /** Sets the properties of {@code event} on {@code producer}; {@code traceparent} may be null. */
  static void apply(JMSProducer producer, OutboxEvent event, String traceparent) {
    String id = event.id().toString();
    producer.setProperty(EVENT_ID, id);
    producer.setProperty(ARTEMIS_DUPLICATE_ID, id);
    producer.setProperty(EVENT_TYPE, event.eventType());
    producer.setProperty(SCHEMA_VERSION, event.schemaVersion());
    producer.setProperty(TOPIC, event.topic());
    setIfPresent(producer, AGGREGATE_TYPE, event.aggregateType());
    setIfPresent(producer, AGGREGATE_ID, event.aggregateId());
    setIfPresent(producer, CORRELATION_ID, event.correlationId());
    setIfPresent(producer, CAUSATION_ID, event.causationId());
    setIfPresent(producer, TRACEPARENT, traceparent);
    setIfPresent(producer, GROUP_ID, event.partitionKey());
    if (event.correlationId() != null) {
      producer.setJMSCorrelationID(event.correlationId());
    }
  }

  private static void setIfPresent(JMSProducer producer, String name, String value) {
    if (value != null) {
      producer.setProperty(name, value);
    }
  }
}
