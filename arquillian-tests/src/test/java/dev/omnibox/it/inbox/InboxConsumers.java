package dev.omnibox.it.inbox;

/** The queues of the test deployment, one per consumer group. */
final class InboxConsumers {

  static final String BILLING_QUEUE = "omniboxItInboxBilling";
  static final String SHIPPING_QUEUE = "omniboxItInboxShipping";
  static final String STRICT_QUEUE = "omniboxItInboxStrict";

  private InboxConsumers() {}
}
