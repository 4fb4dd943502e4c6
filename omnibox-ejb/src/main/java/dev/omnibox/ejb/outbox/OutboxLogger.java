package dev.omnibox.ejb.outbox;

import static org.jboss.logging.Logger.Level.DEBUG;
import static org.jboss.logging.Logger.Level.INFO;
import static org.jboss.logging.Logger.Level.WARN;

import java.lang.invoke.MethodHandles;
import java.util.UUID;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log and exception messages of the outbox producer, ids 2200-2299. */
@MessageLogger(projectCode = "OMNIBOX")
interface OutboxLogger extends BasicLogger {

  OutboxLogger LOG =
      Logger.getMessageLogger(
          MethodHandles.lookup(), OutboxLogger.class, OutboxLogger.class.getPackageName());

  @Message(
      id = 2200,
      value =
          "Cannot write outbox event of type %s to topic %s: no JTA transaction is active"
              + " (transaction status %s). Publish from a transactional method, such as a"
              + " @Transactional CDI method or an EJB business method with a container-managed"
              + " transaction.")
  String noActiveTransaction(String eventType, String topic, String status);

  @LogMessage(level = DEBUG)
  @Message(
      id = 2201,
      value =
          "Outbox event %s (type %s) was not inserted because event %s has the same idempotency"
              + " key; returning the stored event")
  void duplicateIdempotencyKey(UUID rejectedId, String eventType, UUID storedId);

  @LogMessage(level = WARN)
  @Message(
      id = 2202,
      value =
          "The fast-path executor rejected %d committed outbox events, first event %s (%d more"
              + " rejections suppressed since the last message); the relay job publishes them."
              + " Increase the executor's queue if this repeats.")
  void fastPathRejected(int count, UUID firstId, long suppressed, @Cause Throwable cause);

  @LogMessage(level = WARN)
  @Message(
      id = 2203,
      value =
          "Fast-path publishing of %d committed outbox events failed, first event %s; the relay"
              + " job publishes them")
  void fastPathFailed(int count, UUID firstId, @Cause Throwable cause);

  @LogMessage(level = INFO)
  @Message(
      id = 2204,
      value = "Outbox fast path is off: %s. Committed events are published by the relay job.")
  void fastPathOff(String reason);

  @LogMessage(level = INFO)
  @Message(id = 2205, value = "Outbox fast path is on, executor %s")
  void fastPathOn(String executorName);

  @LogMessage(level = WARN)
  @Message(
      id = 2206,
      value =
          "Handing %d committed outbox events to the fast path failed, first event %s; the relay"
              + " job publishes them")
  void fastPathDispatchFailed(int count, UUID firstId, @Cause Throwable cause);
}
