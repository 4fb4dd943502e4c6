package dev.omnibox.inbox;

/**
 * When a consumed message is acknowledged to the broker, relative to storing and handling it.
 *
 * @since 0.1
 */
public enum AckStrategy {

  /**
   * Acknowledge before storing. A crash or a failed insert loses the message; the broker never
   * redelivers it.
   */
  AT_MOST_ONCE,

  /**
   * Acknowledge after storing (and, with {@link CommitOffsetPolicy#ON_SUCCESS}, after handling). A
   * crash before the acknowledgement makes the broker redeliver, so a handler may run again.
   */
  AT_LEAST_ONCE,

  /**
   * Acknowledge after the inbox row is stored, deduplicated by (message id, consumer group). A
   * redelivery finds the row and is acknowledged without handling, so handler effects that commit
   * with the row's completion happen once.
   */
  EXACTLY_ONCE_INBOX
}
