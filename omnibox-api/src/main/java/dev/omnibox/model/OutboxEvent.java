package dev.omnibox.model;

import java.util.Objects;

/**
 * An event that a service writes to the outbox in its own transaction, for the relay to publish to
 * {@link #topic()} after commit. Equal to another outbox event when every field is equal.
 */
public final class OutboxEvent extends StoredEvent {

  private final String aggregateType;
  private final String aggregateId;
  private final String topic;
  private final String partitionKey;

  private OutboxEvent(Builder builder, EventFields fields) {
    super(fields);
    this.aggregateType = builder.aggregateType;
    this.aggregateId = builder.aggregateId;
    this.topic = builder.topic;
    this.partitionKey = builder.partitionKey;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  String kind() {
    return "outbox";
  }

  /** Returns the type of the aggregate that emitted the event, such as "Order", or null. */
  public String aggregateType() {
    return aggregateType;
  }

  /** Returns the id of the aggregate that emitted the event, or null. */
  public String aggregateId() {
    return aggregateId;
  }

  /** Returns the topic or queue that the event is published to. */
  public String topic() {
    return topic;
  }

  /**
   * Returns the key whose events are published in commit order, or null for no ordering. It becomes
   * the JMS group id.
   */
  public String partitionKey() {
    return partitionKey;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutboxEvent event
        && hasEqualFields(event)
        && Objects.equals(aggregateType, event.aggregateType)
        && Objects.equals(aggregateId, event.aggregateId)
        && Objects.equals(topic, event.topic)
        && Objects.equals(partitionKey, event.partitionKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fieldsHashCode(), aggregateType, aggregateId, topic, partitionKey);
  }

  /** Returns a summary without payload and headers, which may hold personal data. */
  @Override
  public String toString() {
    return "OutboxEvent["
        + describe()
        + ", topic "
        + topic
        + ", partition key "
        + partitionKey
        + "]";
  }

  /** Builder of {@link OutboxEvent}; topic is required, the other outbox fields are optional. */
  public static final class Builder extends StoredEventBuilder<OutboxEvent, Builder> {

    private String aggregateType;
    private String aggregateId;
    private String topic;
    private String partitionKey;

    private Builder() {}

    private Builder(OutboxEvent event) {
      super(event);
      this.aggregateType = event.aggregateType;
      this.aggregateId = event.aggregateId;
      this.topic = event.topic;
      this.partitionKey = event.partitionKey;
    }

    public Builder aggregateType(String aggregateType) {
      this.aggregateType = aggregateType;
      return this;
    }

    public Builder aggregateId(String aggregateId) {
      this.aggregateId = aggregateId;
      return this;
    }

    public Builder topic(String topic) {
      this.topic = topic;
      return this;
    }

    public Builder partitionKey(String partitionKey) {
      this.partitionKey = partitionKey;
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    OutboxEvent create(EventFields fields) {
      return new OutboxEvent(this, fields);
    }
  }
}
