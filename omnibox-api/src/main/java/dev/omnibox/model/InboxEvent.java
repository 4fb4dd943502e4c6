package dev.omnibox.model;

import dev.omnibox.schema.PayloadDecoder;
import java.time.Instant;
import java.util.Objects;

/**
 * A message received from the broker and stored once per {@link #consumerGroup()}, for a handler to
 * process. Equal to another inbox event when every field is equal; the attached {@link
 * PayloadDecoder} does not take part in equality.
 */
public final class InboxEvent extends StoredEvent {

  private final String messageId;
  private final String consumerGroup;
  private final String source;
  private final String partitionKey;
  private final PayloadDecoder payloadDecoder;

  private InboxEvent(Builder builder, EventFields fields) {
    super(fields);
    this.messageId = builder.messageId;
    this.consumerGroup = builder.consumerGroup;
    this.source = builder.source;
    this.partitionKey = builder.partitionKey;
    this.payloadDecoder = builder.payloadDecoder;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder with every field of this event and the same payload decoder. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  String kind() {
    return "inbox";
  }

  /** Returns the broker message id; with the consumer group it identifies the row. */
  public String messageId() {
    return messageId;
  }

  public String consumerGroup() {
    return consumerGroup;
  }

  /** Returns the name of the sending service or destination, or null. */
  public String source() {
    return source;
  }

  /**
   * Returns the key that orders related events within the consumer group (the producer's partition
   * key), or null when the event needs no order.
   */
  public String partitionKey() {
    return partitionKey;
  }

  /** Returns when the event was processed: the same instant as {@link #completedAt()}. */
  public Instant processedAt() {
    return completedAt();
  }

  /**
   * Decodes the payload to {@code type} with the attached decoder, by event type and schema
   * version.
   *
   * @throws dev.omnibox.OmniboxException if no decoder is attached, or as the decoder raises
   */
  public <T> T payloadAs(Class<T> type) {
    Objects.requireNonNull(type, "type must not be null");
    return requireDecoder().decode(eventType(), schemaVersion(), payload(), type);
  }

  /**
   * Decodes the payload to the class that the decoder registered for this event type and schema
   * version.
   *
   * @throws dev.omnibox.OmniboxException if no decoder is attached, or as the decoder raises
   */
  public Object payloadAs() {
    return requireDecoder().decode(eventType(), schemaVersion(), payload());
  }

  private PayloadDecoder requireDecoder() {
    if (payloadDecoder == null) {
      throw ModelLogger.LOG.noPayloadDecoder(label());
    }
    return payloadDecoder;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InboxEvent event
        && hasEqualFields(event)
        && Objects.equals(messageId, event.messageId)
        && Objects.equals(consumerGroup, event.consumerGroup)
        && Objects.equals(source, event.source)
        && Objects.equals(partitionKey, event.partitionKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fieldsHashCode(), messageId, consumerGroup, source, partitionKey);
  }

  /** Returns a summary without payload and headers, which may hold personal data. */
  @Override
  public String toString() {
    return "InboxEvent["
        + describe()
        + ", message id "
        + messageId
        + ", consumer group "
        + consumerGroup
        + "]";
  }

  /** Builder of {@link InboxEvent}; message id and consumer group are required. */
  public static final class Builder extends StoredEventBuilder<InboxEvent, Builder> {

    private String messageId;
    private String consumerGroup;
    private String source;
    private String partitionKey;
    private PayloadDecoder payloadDecoder;

    private Builder() {}

    private Builder(InboxEvent event) {
      super(event);
      this.messageId = event.messageId;
      this.consumerGroup = event.consumerGroup;
      this.source = event.source;
      this.partitionKey = event.partitionKey;
      this.payloadDecoder = event.payloadDecoder;
    }

    public Builder messageId(String messageId) {
      this.messageId = messageId;
      return this;
    }

    public Builder consumerGroup(String consumerGroup) {
      this.consumerGroup = consumerGroup;
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    public Builder partitionKey(String partitionKey) {
      this.partitionKey = partitionKey;
      return this;
    }

    /** Sets the completion time; the same field as {@link #completedAt(Instant)}. */
    public Builder processedAt(Instant processedAt) {
      return completedAt(processedAt);
    }

    /** Attaches the decoder that {@link InboxEvent#payloadAs} uses; null detaches it. */
    public Builder payloadDecoder(PayloadDecoder payloadDecoder) {
      this.payloadDecoder = payloadDecoder;
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    InboxEvent create(EventFields fields) {
      return new InboxEvent(this, fields);
    }
  }
}
