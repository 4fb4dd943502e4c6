package dev.omnibox.inbox;

/**
 * The {@link dev.omnibox.spi.AckHandle} method that {@link InboxConsumeService} called for a
 * message.
 *
 * @since 0.1
 */
public enum AckDecision {

  /** {@link dev.omnibox.spi.AckHandle#ack()}: the broker does not deliver the message again. */
  ACKED,

  /** {@link dev.omnibox.spi.AckHandle#reject()}: the broker delivers the message again. */
  REJECTED
}
