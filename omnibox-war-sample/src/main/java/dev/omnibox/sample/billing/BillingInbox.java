package dev.omnibox.sample.billing;

import dev.omnibox.ejb.inbox.InboxConsumer;
import dev.omnibox.ejb.inbox.InboxMessageListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/**
 * The inbox consumer of group {@code billing}: a second durable subscription to the {@code orders}
 * topic, independent of {@code shipping}.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/topic/orders"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "billing"),
      @ActivationConfigProperty(propertyName = "clientId", propertyValue = "omnibox-sample-billing")
    })
@InboxConsumer(consumerGroup = BillingHandler.CONSUMER_GROUP)
public class BillingInbox extends InboxMessageListener {}
