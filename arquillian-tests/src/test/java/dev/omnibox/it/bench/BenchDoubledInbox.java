package dev.omnibox.it.bench;

import dev.omnibox.ejb.inbox.InboxConsumer;
import dev.omnibox.ejb.inbox.InboxMessageListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/**
 * The inbox consumer of the doubled MDB pool: twice the Artemis resource adapter's default of 15
 * sessions, while the benchmark doubles the MDB instance pool.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/" + InboxThroughputBenchmark.DOUBLED_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "30")
    })
@InboxConsumer(consumerGroup = InboxThroughputBenchmark.DOUBLED_GROUP)
public class BenchDoubledInbox extends InboxMessageListener {}
