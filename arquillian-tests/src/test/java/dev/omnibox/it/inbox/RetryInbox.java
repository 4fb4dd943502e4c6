package dev.omnibox.it.inbox;

import dev.omnibox.ejb.inbox.Handling;
import dev.omnibox.ejb.inbox.InboxConsumer;
import dev.omnibox.ejb.inbox.InboxMessageListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/**
 * The consumer of group {@value #GROUP}: it only stores the rows, with three attempts each, and
 * leaves the handlers to the dispatch job.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/" + InboxConsumers.RETRY_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
@InboxConsumer(
    consumerGroup = RetryInbox.GROUP,
    handling = Handling.DISPATCH_JOB,
    maxAttempts = RetryInbox.MAX_ATTEMPTS)
public class RetryInbox extends InboxMessageListener {

  static final String GROUP = "retrying";
  static final int MAX_ATTEMPTS = 3;
}
