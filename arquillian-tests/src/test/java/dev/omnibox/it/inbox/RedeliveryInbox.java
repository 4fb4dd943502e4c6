package dev.omnibox.it.inbox;

import dev.omnibox.ejb.inbox.InboxConsumer;
import dev.omnibox.ejb.inbox.InboxMessageListener;
import dev.omnibox.inbox.CommitOffsetPolicy;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/**
 * The consumer of group {@code redelivery}, which acknowledges only after its handlers succeeded,
 * so a failing handler rolls the message back to the broker.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/" + InboxConsumers.REDELIVERY_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
@InboxConsumer(consumerGroup = "redelivery", commitOffsetPolicy = CommitOffsetPolicy.ON_SUCCESS)
public class RedeliveryInbox extends InboxMessageListener {}
