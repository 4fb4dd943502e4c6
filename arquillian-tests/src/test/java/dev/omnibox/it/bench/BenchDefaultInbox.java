package dev.omnibox.it.bench;

import dev.omnibox.ejb.inbox.InboxConsumer;
import dev.omnibox.ejb.inbox.InboxMessageListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/** The inbox consumer with the server's default MDB settings. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/" + InboxThroughputBenchmark.DEFAULT_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
@InboxConsumer(consumerGroup = InboxThroughputBenchmark.DEFAULT_GROUP)
public class BenchDefaultInbox extends InboxMessageListener {}
