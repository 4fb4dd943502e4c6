package dev.omnibox.ejb.inbox;

import dev.omnibox.inbox.AckStrategy;
import dev.omnibox.inbox.CommitOffsetPolicy;
import dev.omnibox.inbox.InboxConsumeOptions;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The settings of one inbox consumer, from its {@link InboxConsumer} annotation or its overrides of
 * {@link InboxMessageListener#settings()}.
 *
 * @param name the consumer's name in logs, usually the message-driven bean's class name
 * @param consumerGroup the consumer group
 * @param options the options of the broker-independent consume service
 * @param handling when the handlers run
 * @param envelope how messages are read
 * @param rejectUnknownEventTypes see {@link InboxConsumer#rejectUnknownEventTypes()}
 */
public record ConsumerSettings(
    String name,
    String consumerGroup,
    InboxConsumeOptions options,
    Handling handling,
    EnvelopeFormat envelope,
    boolean rejectUnknownEventTypes) {

  public ConsumerSettings {
    requireText("name", name);
    requireText("consumerGroup", consumerGroup);
    Objects.requireNonNull(options, "options must not be null");
    Objects.requireNonNull(handling, "handling must not be null");
    Objects.requireNonNull(envelope, "envelope must not be null");
  }

  /** Returns the settings that {@code annotation} declares for the consumer {@code name}. */
  public static ConsumerSettings of(String name, InboxConsumer annotation) {
    Objects.requireNonNull(annotation, "annotation must not be null");
    InboxConsumeOptions options =
        InboxConsumeOptions.defaults()
            .withAckStrategy(annotation.ackStrategy())
            .withCommitOffsetPolicy(annotation.commitOffsetPolicy())
            .withMaxPayloadBytes(annotation.maxPayloadBytes())
            .withMaxAttempts(annotation.maxAttempts());
    return new ConsumerSettings(
        name,
        annotation.consumerGroup(),
        options,
        annotation.handling(),
        annotation.envelope(),
        annotation.rejectUnknownEventTypes());
  }

  /** Returns these settings with the consume options changed by {@code change}. */
  public ConsumerSettings withOptions(UnaryOperator<InboxConsumeOptions> change) {
    return new ConsumerSettings(
        name, consumerGroup, change.apply(options), handling, envelope, rejectUnknownEventTypes);
  }

  public AckStrategy ackStrategy() {
    return options.ackStrategy();
  }

  public CommitOffsetPolicy commitOffsetPolicy() {
    return options.commitOffsetPolicy();
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, but was '" + value + "'");
    }
  }
}
