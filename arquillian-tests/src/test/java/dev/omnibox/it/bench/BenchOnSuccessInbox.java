package dev.omnibox.it.bench;

import dev.omnibox.ejb.inbox.InboxConsumer;
import dev.omnibox.ejb.inbox.InboxMessageListener;
import dev.omnibox.inbox.CommitOffsetPolicy;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/**
 * The inbox consumer with the default MDB settings and {@link CommitOffsetPolicy#ON_SUCCESS}, which
 * stores the row and runs the handler in the MDB's own transaction.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/" + InboxThroughputBenchmark.ON_SUCCESS_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
@InboxConsumer(
    consumerGroup = InboxThroughputBenchmark.ON_SUCCESS_GROUP,
    commitOffsetPolicy = CommitOffsetPolicy.ON_SUCCESS)
public class BenchOnSuccessInbox extends InboxMessageListener {}
