package dev.omnibox.ejb.inbox;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.omnibox.inbox.AckStrategy;
import dev.omnibox.inbox.CommitOffsetPolicy;
import dev.omnibox.inbox.InboxConsumeOptions;
import dev.omnibox.model.StoredEventBuilder;
import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Declares the inbox settings of an {@link InboxMessageListener} subclass. Only {@link
 * #consumerGroup()} is required, and the defaults match {@link InboxConsumeOptions#defaults()}.
 *
 * @since 0.1
 */
@Documented
@Inherited
@Retention(RUNTIME)
@Target(TYPE)
public @interface InboxConsumer {

  /**
   * The consumer group: the inbox deduplicates per message id and consumer group, and handlers
   * select their events by it.
   */
  String consumerGroup();

  /** When the message is acknowledged; see the table in {@link TransactionPlan}. */
  AckStrategy ackStrategy() default AckStrategy.AT_LEAST_ONCE;

  /** Whether the acknowledgement waits for the handlers; see {@link TransactionPlan}. */
  CommitOffsetPolicy commitOffsetPolicy() default CommitOffsetPolicy.ON_PERSIST;

  /** When the handlers run. */
  Handling handling() default Handling.INLINE;

  /** How messages are read. */
  EnvelopeFormat envelope() default EnvelopeFormat.JSON;

  /** The largest body accepted, in UTF-8 bytes; a larger one is stored as a FAILED row. */
  int maxPayloadBytes() default InboxConsumeOptions.DEFAULT_MAX_PAYLOAD_BYTES;

  /** The attempts each inbox row allows. */
  int maxAttempts() default StoredEventBuilder.DEFAULT_MAX_ATTEMPTS;

  /**
   * Whether a message whose event type is unknown to the schema registry, or whose schema version
   * neither matches a record nor migrates to one, is stored as a FAILED row instead of being stored
   * and later skipped. Event types handled as raw {@link dev.omnibox.model.InboxEvent} rows are
   * always accepted.
   */
  boolean rejectUnknownEventTypes() default true;
}
