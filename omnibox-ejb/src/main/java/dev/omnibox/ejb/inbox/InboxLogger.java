package dev.omnibox.ejb.inbox;

import java.util.UUID;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger.Level;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log messages of the container inbox, ids 2500-2599. */
@MessageLogger(projectCode = "OMNIBOX")
interface InboxLogger extends BasicLogger {

  @LogMessage(level = Level.INFO)
  @Message(
      id = 2500,
      value =
          "Inbox handler %s registered for event type %s (topic %s, version %s, consumer group %s)")
  void handlerRegistered(
      String handler, String eventType, String topic, String version, String consumerGroup);

  @LogMessage(level = Level.INFO)
  @Message(
      id = 2501,
      value =
          "Inbox event %s (type %s, version %s, attempt %d, message %s) has no handler for topic"
              + " %s in consumer group %s; it is skipped")
  void noHandler(
      UUID eventId,
      String eventType,
      String version,
      int attempt,
      String messageId,
      String topic,
      String consumerGroup);

  @LogMessage(level = Level.WARN)
  @Message(
      id = 2502,
      value =
          "Inbox handler of event %s (type %s, attempt %d of %d, message %s) did not complete: %s;"
              + " its writes were rolled back")
  void handlerUnsuccessful(
      UUID eventId, String eventType, int attempt, int maxAttempts, String messageId, String error);

  @LogMessage(level = Level.WARN)
  @Message(
      id = 2503,
      value =
          "Message %s from %s (consumer group %s, delivery %d) could not be stored; the transaction"
              + " rolls back and the broker delivers the message again")
  void persistFailed(
      String messageId,
      String source,
      String consumerGroup,
      int deliveryCount,
      @Cause Throwable cause);

  @LogMessage(level = Level.WARN)
  @Message(
      id = 2504,
      value =
          "Message %s from %s has a body that is not valid UTF-8; invalid bytes were replaced with"
              + " U+FFFD")
  void invalidUtf8(String messageId, String source);

  @LogMessage(level = Level.WARN)
  @Message(
      id = 2505,
      value =
          "Inbox consumer %s (consumer group %s) has ack strategy %s and commit offset policy %s,"
              + " but %s")
  void transactionMismatch(
      String consumer,
      String consumerGroup,
      String ackStrategy,
      String commitOffsetPolicy,
      String problem);

  @LogMessage(level = Level.ERROR)
  @Message(
      id = 2506,
      value =
          "The failure of inbox event %s (type %s, attempt %d, message %s) could not be recorded;"
              + " the row stays PENDING and the dispatch job handles it again")
  void failureNotRecorded(
      UUID eventId, String eventType, int attempt, String messageId, @Cause Throwable cause);

  @LogMessage(level = Level.ERROR)
  @Message(
      id = 2507,
      value =
          "Inbox event %s (type %s, attempt %d of %d, message %s) failed for good and was"
              + " dead-lettered: %s")
  void deadLettered(
      UUID eventId, String eventType, int attempt, int maxAttempts, String messageId, String error);

  @LogMessage(level = Level.DEBUG)
  @Message(
      id = 2508,
      value =
          "Inbox event %s (message %s) was claimed by another worker before the inline handler;"
              + " that worker handles it")
  void claimLost(UUID eventId, String messageId);

  @LogMessage(level = Level.WARN)
  @Message(
      id = 2509,
      value =
          "The failure of inbox event %s (message %s) was not stored: row %s of the same message"
              + " exists already, so that row is handled instead")
  void failureNotStored(UUID eventId, String messageId, UUID existingId);

  @LogMessage(level = Level.WARN)
  @Message(
      id = 2510,
      value =
          "Storing and handling message %s of consumer group %s in one transaction failed; storing"
              + " it alone so that the dispatch job handles it")
  void storeAndHandleFailed(String messageId, String consumerGroup, @Cause Throwable cause);

  @LogMessage(level = Level.ERROR)
  @Message(
      id = 2511,
      value =
          "The failure of message %s (inbox event %s, consumer group %s) could not be stored after"
              + " its transaction rolled back; the broker delivers the message again")
  void failureNotStoredRedeliver(
      String messageId, UUID eventId, String consumerGroup, @Cause Throwable cause);
}
