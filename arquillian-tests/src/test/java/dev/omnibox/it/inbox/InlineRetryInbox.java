package dev.omnibox.it.inbox;

import dev.omnibox.ejb.inbox.InboxConsumer;
import dev.omnibox.ejb.inbox.InboxMessageListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/**
 * The consumer of group {@value #GROUP}: the default plan, which stores each row and runs its
 * handler in one transaction, with three attempts each.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/" + InboxConsumers.INLINE_RETRY_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
@InboxConsumer(consumerGroup = InlineRetryInbox.GROUP, maxAttempts = RetryInbox.MAX_ATTEMPTS)
public class InlineRetryInbox extends InboxMessageListener {

  static final String GROUP = "inline-retrying";
}
