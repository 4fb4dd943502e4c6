package dev.omnibox.ejb.outbox;

import dev.omnibox.schema.PayloadType;
import dev.omnibox.schema.SchemaRegistry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event for the outbox, before it is stored: the topic, the payload and the optional routing
 * and tracing fields. Pass it to {@link Outbox#publish(OutboxMessage)} or fire it as a CDI event in
 * a JTA transaction.
 *
 * <pre>{@code
 * outbox.publish(
 *     OutboxMessage.builder("orders")
 *         .payload(new OrderCreated("42", 1999))
 *         .aggregate("Order", "42")
 *         .partitionKey("42")
 *         .idempotencyKey("order-42-created"));
 * }</pre>
 *
 * <p>The payload is either a record annotated with {@link PayloadType}, serialized with JSON-B when
 * the event is written, or JSON text with an explicit event type and schema version. Instances are
 * immutable. This is a class and not a record so that the {@link ToOutbox} observer of payload
 * records never receives it.
 */
public final class OutboxMessage {

  private final String topic;
  private final Record payload;
  private final String json;
  private final String eventType;
  private final String schemaVersion;
  private final String aggregateType;
  private final String aggregateId;
  private final String partitionKey;
  private final Map<String, String> headers;
  private final String idempotencyKey;
  private final String correlationId;
  private final String causationId;
  private final String traceparent;

  private OutboxMessage(Builder builder) {
    this.topic = builder.topic;
    this.payload = builder.payload;
    this.json = builder.json;
    this.eventType = builder.eventType;
    this.schemaVersion = builder.schemaVersion;
    this.aggregateType = builder.aggregateType;
    this.aggregateId = builder.aggregateId;
    this.partitionKey = builder.partitionKey;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.idempotencyKey = builder.idempotencyKey;
    this.correlationId = builder.correlationId;
    this.causationId = builder.causationId;
    this.traceparent = builder.traceparent;
  }

  /** Starts a message to {@code topic}; set the payload with one of the payload methods. */
  public static Builder builder(String topic) {
    return new Builder().topic(topic);
  }

  /**
   * Starts a message with a payload record that carries {@link OutboxTopic}: the topic, aggregate
   * type, aggregate id and partition key come from that annotation, and the builder may override
   * them.
   *
   * @throws IllegalArgumentException when the record has no {@link PayloadType} or no {@link
   *     OutboxTopic}, or the key component is missing
   */
  public static Builder of(Record payload) {
    TopicBinding binding = TopicBinding.of(requirePayload(payload).getClass());
    String key = binding.keyOf(payload);
    return new Builder()
        .topic(binding.topic())
        .payload(payload)
        .aggregate(binding.aggregateType(), key)
        .partitionKey(key);
  }

  public String topic() {
    return topic;
  }

  /** Returns the payload record, or empty when the payload is JSON text. */
  public Optional<Record> payload() {
    return Optional.ofNullable(payload);
  }

  /** Returns the payload JSON text, or empty when the payload is a record. */
  public Optional<String> json() {
    return Optional.ofNullable(json);
  }

  public String eventType() {
    return eventType;
  }

  public String schemaVersion() {
    return schemaVersion;
  }

  /** Returns the aggregate type, or null. */
  public String aggregateType() {
    return aggregateType;
  }

  /** Returns the aggregate id, or null. */
  public String aggregateId() {
    return aggregateId;
  }

  /** Returns the key whose events are published in commit order, or null. */
  public String partitionKey() {
    return partitionKey;
  }

  /** Returns the application headers in insertion order. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Returns the idempotency key, or null. */
  public String idempotencyKey() {
    return idempotencyKey;
  }

  /** Returns the correlation id, or null. */
  public String correlationId() {
    return correlationId;
  }

  /** Returns the causation id, or null. */
  public String causationId() {
    return causationId;
  }

  /** Returns the W3C {@code traceparent} set on the builder, or null to use the current one. */
  public String traceparent() {
    return traceparent;
  }

  /** Returns a summary without payload and headers, which may hold personal data. */
  @Override
  public String toString() {
    return "OutboxMessage[topic "
        + topic
        + ", type "
        + eventType
        + ", version "
        + schemaVersion
        + ", partition key "
        + partitionKey
        + "]";
  }

  private static Record requirePayload(Record payload) {
    if (payload == null) {
      throw new IllegalArgumentException("payload must not be null. Pass a payload record.");
    }
    return payload;
  }

  /** Builder of {@link OutboxMessage}; topic and payload are required. */
  public static final class Builder {

    private String topic;
    private Record payload;
    private String json;
    private String eventType;
    private String schemaVersion;
    private String aggregateType;
    private String aggregateId;
    private String partitionKey;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String idempotencyKey;
    private String correlationId;
    private String causationId;
    private String traceparent;

    private Builder() {}

    public Builder topic(String topic) {
      this.topic = topic;
      return this;
    }

    /**
     * Sets a payload record; its {@link PayloadType} gives the event type and schema version.
     *
     * @throws IllegalArgumentException when the record class has no valid {@link PayloadType}
     */
    public Builder payload(Record payload) {
      PayloadType type = SchemaRegistry.typeOf(requirePayload(payload).getClass());
      this.payload = payload;
      this.json = null;
      this.eventType = type.eventType();
      this.schemaVersion = type.version();
      return this;
    }

    /** Sets a payload as JSON text with its event type and schema version. */
    public Builder json(String eventType, String schemaVersion, String json) {
      this.payload = null;
      this.json = json;
      this.eventType = eventType;
      this.schemaVersion = schemaVersion;
      return this;
    }

    /** Sets the aggregate type and id; either may be null. */
    public Builder aggregate(String aggregateType, String aggregateId) {
      this.aggregateType = emptyToNull(aggregateType);
      this.aggregateId = emptyToNull(aggregateId);
      return this;
    }

    /** Sets the key whose events are published in commit order; null for none. */
    public Builder partitionKey(String partitionKey) {
      this.partitionKey = emptyToNull(partitionKey);
      return this;
    }

    /** Adds or replaces one header. */
    public Builder header(String name, String value) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(
            "Header name '" + name + "' is blank. Pass a non-blank header name.");
      }
      if (value == null) {
        throw new IllegalArgumentException(
            "Header '" + name + "' has a null value. Pass a value or leave the header out.");
      }
      headers.put(name, value);
      return this;
    }

    /** Adds or replaces the given headers. */
    public Builder headers(Map<String, String> headers) {
      Objects.requireNonNull(headers, "headers must not be null").forEach(this::header);
      return this;
    }

    /**
     * Sets the key that makes the write idempotent: a second message with the same key inserts no
     * row and returns the stored event.
     */
    public Builder idempotencyKey(String idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    public Builder correlationId(String correlationId) {
      this.correlationId = correlationId;
      return this;
    }

    public Builder causationId(String causationId) {
      this.causationId = causationId;
      return this;
    }

    /** Sets the W3C {@code traceparent}; by default the one of the current request is used. */
    public Builder traceparent(String traceparent) {
      this.traceparent = traceparent;
      return this;
    }

    /**
     * Builds the message.
     *
     * @throws IllegalArgumentException when the topic is blank, or no payload, event type or schema
     *     version is set
     */
    public OutboxMessage build() {
      requireText("topic", topic, "Pass the outbox topic, such as \"orders\".");
      if (payload == null && json == null) {
        throw new IllegalArgumentException(
            "The message to topic '"
                + topic
                + "' has no payload. Call payload(record) or json(eventType, version, json).");
      }
      requireText("eventType", eventType, "Pass the event type, such as \"order.created\".");
      requireText("schemaVersion", schemaVersion, "Pass the schema version, such as \"1\".");
      return new OutboxMessage(this);
    }

    private static void requireText(String field, String value, String fix) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(field + " is '" + value + "'. " + fix);
      }
    }

    private static String emptyToNull(String value) {
      return value == null || value.isEmpty() ? null : value;
    }
  }
}
