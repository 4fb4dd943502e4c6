package dev.omnibox.pipeline.step;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log messages of the built-in steps, ids 1400-1499; the batch processor uses 1300-1399. */
@MessageLogger(projectCode = "OMNIBOX")
interface StepLogger extends BasicLogger {

  StepLogger LOG = Logger.getMessageLogger(StepLogger.class, "dev.omnibox.pipeline.step");

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 1400,
      value =
          "The handler of event %s of type %s timed out after %s on attempt %d; its task is"
              + " cancelled and the attempt counts")
  void handlerTimedOut(UUID id, String type, Duration timeout, int attempt);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 1401,
      value =
          "Event %s of type %s is skipped on attempt %d: another row of message %s is already"
              + " completed for consumer group %s")
  void siblingCompleted(UUID id, String type, int attempt, String messageId, String group);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 1402,
      value =
          "Circuit breaker %s opened (was %s) after event %s of type %s failed on attempt %d;"
              + " no handler is called until %s")
  void breakerOpened(
      String name, Object from, UUID id, String type, int attempt, Instant halfOpenAt);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 1403,
      value = "Circuit breaker %s changed from %s to %s at event %s of type %s, attempt %d")
  void breakerChanged(String name, Object from, Object to, UUID id, String type, int attempt);

  @LogMessage(level = Logger.Level.DEBUG)
  @Message(
      id = 1404,
      value = "Circuit breaker %s is %s; event %s is retried at %s without calling its handler")
  void breakerRejected(String name, Object state, UUID id, Instant retryAt);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 1405, value = "Event %s of type %s is dead-lettered after attempt %d: %s")
  void deadLettered(UUID id, String type, int attempt, String reason);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(
      id = 1406,
      value =
          "Storing the dead letter of event %s of type %s failed after attempt %d; the event is"
              + " retried without counting the attempt")
  void deadLetterFailed(UUID id, String type, int attempt, @Cause Throwable cause);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 1407,
      value =
          "Worker thread interrupted while waiting for the handler of event %s of type %s on"
              + " attempt %d; the handler task is cancelled")
  void interruptedWaiting(UUID id, String type, int attempt);
}
