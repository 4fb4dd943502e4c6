package dev.omnibox.sample.shipping;

import dev.omnibox.ejb.inbox.InboxConsumer;
import dev.omnibox.ejb.inbox.InboxMessageListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/**
 * The inbox consumer of group {@code shipping}: a durable subscription of its own to the {@code
 * orders} topic, so it receives every order event whatever the other groups do.
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
      @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "shipping"),
      @ActivationConfigProperty(
          propertyName = "clientId",
          propertyValue = "omnibox-sample-shipping")
    })
@InboxConsumer(consumerGroup = ShippingHandler.CONSUMER_GROUP)
public class ShippingInbox extends InboxMessageListener {}
