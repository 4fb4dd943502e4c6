package dev.omnibox.inbox;

import java.util.UUID;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger.Level;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log messages and exceptions of the inbox package, ids 1500-1599. */
@MessageLogger(projectCode = "OMNIBOX")
interface InboxLogger extends BasicLogger {

  @LogMessage(level = Level.WARN)
  @Message(
      id = 1500,
      value =
          "Message %s from %s (consumer group %s) is invalid and was stored as FAILED inbox event"
              + " %s: %s")
  void badInputStored(
      String messageId, String source, String consumerGroup, UUID eventId, String reason);

  @LogMessage(level = Level.ERROR)
  @Message(
      id = 1501,
      value =
          "Message without a message id from %s (consumer group %s) is invalid and was"
              + " dead-lettered as %s: %s")
  void badInputDeadLettered(String source, String consumerGroup, UUID deadLetterId, String reason);

  @LogMessage(level = Level.ERROR)
  @Message(
      id = 1502,
      value =
          "Message without a message id from %s (consumer group %s) is invalid and was dropped"
              + " because no dead-letter store is configured: %s")
  void badInputDropped(String source, String consumerGroup, String reason);

  @Message(
      id = 1503,
      value =
          "Storing message %s from %s (consumer group %s) in the inbox failed; it was not"
              + " acknowledged and the broker will deliver it again")
  InboxPersistException persistFailed(
      @Cause Throwable cause, String messageId, String source, String consumerGroup);

  @LogMessage(level = Level.ERROR)
  @Message(
      id = 1504,
      value =
          "Message %s from %s (consumer group %s) is lost: it was acknowledged before storing"
              + " (AT_MOST_ONCE) and storing it failed")
  void messageLost(String messageId, String source, String consumerGroup, @Cause Throwable cause);

  @LogMessage(level = Level.DEBUG)
  @Message(
      id = 1505,
      value = "Message %s (consumer group %s) is a duplicate of inbox event %s; not handled again")
  void duplicate(String messageId, String consumerGroup, UUID eventId);

  @LogMessage(level = Level.WARN)
  @Message(
      id = 1506,
      value = "Handler of inbox event %s (type %s, attempt %d of %d, message %s) raised an error")
  void handlerRaised(
      UUID eventId,
      String eventType,
      int attempt,
      int maxAttempts,
      String messageId,
      @Cause Throwable cause);

  @LogMessage(level = Level.WARN)
  @Message(
      id = 1507,
      value = "Handler of inbox event %s (type %s, attempt %d of %d, message %s) returned %s: %s")
  void handlerUnsuccessful(
      UUID eventId,
      String eventType,
      int attempt,
      int maxAttempts,
      String messageId,
      Object status,
      String message);

  @LogMessage(level = Level.ERROR)
  @Message(
      id = 1508,
      value =
          "Running the inline handler of inbox event %s (type %s, attempt %d, message %s) or"
              + " recording its result failed after the message was acknowledged; the dispatch job"
              + " handles the event again when its lease expires")
  void resultNotRecorded(
      UUID eventId, String eventType, int attempt, String messageId, @Cause Throwable cause);

  @LogMessage(level = Level.ERROR)
  @Message(
      id = 1509,
      value =
          "Inbox event %s (type %s, attempt %d of %d, message %s) failed for good and was"
              + " dead-lettered: %s")
  void deadLettered(
      UUID eventId, String eventType, int attempt, int maxAttempts, String messageId, String error);

  @LogMessage(level = Level.DEBUG)
  @Message(
      id = 1510,
      value =
          "Inbox event %s (message %s) was claimed by another worker before the inline handler;"
              + " the dispatch job handles it")
  void claimLost(UUID eventId, String messageId);

  @LogMessage(level = Level.DEBUG)
  @Message(
      id = 1511,
      value =
          "Message %s (consumer group %s) has a COMPLETED sibling row; inbox event %s is not"
              + " handled inline")
  void completedSibling(String messageId, String consumerGroup, UUID eventId);
}
