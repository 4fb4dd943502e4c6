package dev.omnibox.sample;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log messages of the sample, ids 4000 to 4099. */
@MessageLogger(projectCode = "OMNIBOX")
public interface SampleLogger extends BasicLogger {

  SampleLogger LOG = Logger.getMessageLogger(SampleLogger.class, "dev.omnibox.sample");

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 4000, value = "Order %s placed with outbox event %s")
  void orderPlaced(String orderId, String eventId);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 4001,
      value =
          "Shipping of order %s failed on attempt %d on purpose (simulated transient failure);"
              + " the dispatch job retries it")
  void simulatedFailure(String orderId, int attempt);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 4002, value = "Shipment created for order %s on attempt %d")
  void shipmentCreated(String orderId, int attempt);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 4003, value = "Invoice created for order %s")
  void invoiceCreated(String orderId);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 4004, value = "Order %s skipped by %s: %s")
  void orderSkipped(String orderId, String consumerGroup, String reason);
}
