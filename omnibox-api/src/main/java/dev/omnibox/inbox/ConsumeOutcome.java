package dev.omnibox.inbox;

/**
 * The outcome of {@link InboxConsumeService} for one message.
 *
 * @since 0.1
 */
public enum ConsumeOutcome {

  /** The row was stored and is left to the dispatch job (no inline handler, or another worker). */
  STORED,

  /** The inline handler completed, skipped or marked the event stale; the row is COMPLETED. */
  HANDLED,

  /** The inline handler asked for a retry or raised an error with attempts left. */
  RETRY_SCHEDULED,

  /** The inline handler failed for good; the row is FAILED and, with a store, dead-lettered. */
  HANDLER_FAILED,

  /** A row with the same message id and consumer group existed; nothing was handled. */
  DUPLICATE,

  /** The message could not be read or was too large; it was stored as a FAILED row. */
  REJECTED_BAD_INPUT,

  /** The message could not be read and had no message id; it went to the dead-letter store. */
  DEAD_LETTERED_BAD_INPUT,

  /** The message could not be read, had no message id, and no dead-letter store is configured. */
  DROPPED_BAD_INPUT,

  /** {@link AckStrategy#AT_MOST_ONCE} acknowledged the message and then storing it failed. */
  LOST,

  /**
   * The message was acknowledged and handled, but recording the handler's result failed. The row
   * stays PENDING, so the dispatch job handles it again once its lease expires.
   */
  RESULT_NOT_RECORDED
}
