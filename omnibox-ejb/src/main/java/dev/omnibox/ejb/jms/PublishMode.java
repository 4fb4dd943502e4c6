package dev.omnibox.ejb.jms;

/**
 * The way the relay combines the JMS send with marking the event completed. The publisher is the
 * same in both modes, and the mode decides whether the relay sends inside the transaction that
 * marks the event completed. See {@code docs/outbox.md} for what each mode guarantees and costs.
 */
public enum PublishMode {

  /**
   * Send with the relay's transaction suspended (the send commits on its own), then mark the event
   * completed when that transaction commits. A crash in between sends the event again, so consumers
   * deduplicate.
   */
  AT_LEAST_ONCE,

  /**
   * Send and mark completed in one JTA transaction. With an XA datasource and the XA connection
   * factory both commit or neither does, through two-phase commit.
   */
  XA;

  /**
   * The setting that selects the relay job's mode, {@code AT_LEAST_ONCE} by default. The fast path
   * publishes at-least-once in either mode.
   */
  public static final String SETTING = "omnibox.outbox.publish-mode";

  /**
   * Parses a setting value, in any case.
   *
   * @throws IllegalArgumentException when the value names no mode
   */
  public static PublishMode parse(String value) {
    for (PublishMode mode : values()) {
      if (mode.name().equalsIgnoreCase(value == null ? "" : value.strip().replace('-', '_'))) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "Setting " + SETTING + " has the invalid value '" + value + "'. Use AT_LEAST_ONCE or XA.");
  }
}
