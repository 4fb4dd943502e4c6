package dev.omnibox.spi;

import dev.omnibox.model.OutboxEvent;

/**
 * Sends outbox events to a broker.
 *
 * <p>Delivery is at-least-once: the pipeline calls {@link #publish} and marks the event completed
 * afterwards, so a crash in between sends the event again. Consumers deduplicate by the event id,
 * which implementations must send as the message id. The pipeline never calls this method before
 * the transaction that wrote the event has committed.
 *
 * @since 0.1
 */
public interface EventPublisher {

  /**
   * Sends one event and returns when the broker has accepted it (for a persistent JMS send, when
   * the broker has stored it, or when the enclosing XA transaction is prepared).
   *
   * @throws PublishException when the broker rejected the event or could not be reached; its cause
   *     decides, through the pipeline's error classifier, whether the attempt counts
   */
  void publish(OutboxEvent event);
}
