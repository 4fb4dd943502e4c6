package dev.omnibox.it.inbox;

/** The queues of the test deployment, one per consumer group. */
final class InboxConsumers {

  static final String BILLING_QUEUE = "omniboxItInboxBilling";
  static final String SHIPPING_QUEUE = "omniboxItInboxShipping";
  static final String STRICT_QUEUE = "omniboxItInboxStrict";
  static final String REDELIVERY_QUEUE = "omniboxItInboxRedelivery";
  static final String RETRY_QUEUE = "omniboxItInboxRetry";
  static final String INLINE_RETRY_QUEUE = "omniboxItInboxInlineRetry";

  /** The dead-letter queue of the {@code #} address setting in {@code standalone-full.xml}. */
  static final String DEAD_LETTER_QUEUE = "DLQ";

  private InboxConsumers() {}
}
