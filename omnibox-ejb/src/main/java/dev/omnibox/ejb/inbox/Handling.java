package dev.omnibox.ejb.inbox;

/**
 * When an inbox consumer runs the handlers of a message it stored.
 *
 * @since 0.1
 */
public enum Handling {

  /** Right away, in the message-driven bean's call, for low latency. */
  INLINE,

  /** Later, by the dispatch job, which suits slow handlers; the consumer only stores the row. */
  DISPATCH_JOB
}
