package dev.omnibox.inbox;

/**
 * Which step of the inbox consumer acknowledges the message.
 *
 * @since 0.1
 */
public enum CommitOffsetPolicy {

  /** Acknowledge once the inbox row is stored; handling happens later or inline. */
  ON_PERSIST,

  /** Acknowledge once the handler succeeded; a failed handler leaves the message unacknowledged. */
  ON_SUCCESS
}
