package dev.omnibox.model;

import static org.jboss.logging.Logger.Level.WARN;

import dev.omnibox.OmniboxException;
import java.lang.invoke.MethodHandles;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * Log messages and exception messages of the model, ids 1000-1099. The {@code event} parameters
 * take {@link StoredEvent#label()} or {@link StoredEvent#describe()}.
 */
@MessageLogger(projectCode = "OMNIBOX")
interface ModelLogger extends BasicLogger {

  ModelLogger LOG =
      Logger.getMessageLogger(
          MethodHandles.lookup(), ModelLogger.class, ModelLogger.class.getPackageName());

  @LogMessage(level = WARN)
  @Message(id = 1000, value = "Force-unlocked %s, locked since %s: %s")
  void forceUnlocked(String event, Instant lockedAt, String reason);

  @Message(id = 1001, value = "Invalid %s: %s is missing. Set %2$s on the builder.")
  InvalidEventException missingField(String event, String field);

  @Message(id = 1002, value = "Invalid %s: %s is blank ('%s'). Set a non-blank %2$s.")
  InvalidEventException blankRequiredField(String event, String field, String value);

  @Message(
      id = 1003,
      value = "Invalid %s: %s is blank ('%s'). Set a non-blank %2$s or leave it null.")
  InvalidEventException blankOptionalField(String event, String field, String value);

  @Message(
      id = 1004,
      value =
          "Invalid %s: %s is %d characters long, over the limit of %d that its storage column"
              + " holds (value starts with '%s'). Shorten it.")
  InvalidEventException fieldTooLong(
      String event, String field, int length, int limit, String valueStart);

  @Message(
      id = 1005,
      value = "Invalid event header: the name '%s' is blank. Give every header a non-blank name.")
  InvalidEventException blankHeaderName(String name);

  @Message(
      id = 1006,
      value = "Invalid event header '%s': the value is null. Set a value, or leave the header out.")
  InvalidEventException nullHeaderValue(String name);

  @Message(id = 1007, value = "Invalid %s: maxAttempts is %d. Set maxAttempts to 1 or more.")
  InvalidEventException maxAttemptsBelowOne(String event, int maxAttempts);

  @Message(id = 1008, value = "Invalid %s: attemptsMade is %d. Set attemptsMade to 0 or more.")
  InvalidEventException attemptsMadeNegative(String event, int attemptsMade);

  @Message(
      id = 1009,
      value =
          "Invalid %s: attemptsMade %d is above maxAttempts %d. Raise maxAttempts or lower"
              + " attemptsMade.")
  InvalidEventException attemptsAboveMax(String event, int attemptsMade, int maxAttempts);

  @Message(
      id = 1010,
      value = "Invalid %s: status is COMPLETED but completedAt is missing. Set completedAt.")
  InvalidEventException completedWithoutCompletedAt(String event);

  @Message(
      id = 1011,
      value =
          "Invalid %s: completedAt is %s but status is %s. Set status to COMPLETED or clear"
              + " completedAt.")
  InvalidEventException completedAtWithoutCompleted(
      String event, Instant completedAt, EventStatus status);

  @Message(
      id = 1012,
      value =
          "Invalid %s: status is COMPLETED with attemptsMade 0, but the completing attempt"
              + " counts. Set attemptsMade to 1 or more.")
  InvalidEventException completedWithoutAttempt(String event);

  @Message(
      id = 1013,
      value =
          "Invalid %s: status is FAILED with attemptsMade %d of maxAttempts %d. A FAILED event"
              + " has used all its attempts: set attemptsMade to maxAttempts, or keep it PENDING.")
  InvalidEventException failedWithAttemptsLeft(String event, int attemptsMade, int maxAttempts);

  @Message(
      id = 1014,
      value =
          "Invalid %s: status is PENDING with attemptsMade %d of maxAttempts %d, so no attempt"
              + " is left. Mark it FAILED or raise maxAttempts.")
  InvalidEventException pendingWithoutAttemptsLeft(String event, int attemptsMade, int maxAttempts);

  @Message(
      id = 1015,
      value =
          "Invalid %s: lockedBy is %s but lockedAt is %s. Set both to lock the event or neither"
              + " to leave it unlocked.")
  InvalidEventException lockHalfSet(String event, String lockedBy, Instant lockedAt);

  @Message(
      id = 1016,
      value =
          "Invalid %s: status is %s but the event is locked by %s. Only a PENDING event can be"
              + " locked: clear lockedBy and lockedAt.")
  InvalidEventException lockedWhileNotPending(String event, EventStatus status, String lockedBy);

  @Message(
      id = 1017,
      value =
          "Invalid %s: %s %s is before %s %s by more than %s. Fix the timestamps, or raise"
              + " EventValidationPolicy.%s if the clocks differ that much.")
  InvalidEventException timeTooEarly(
      String event,
      String field,
      Instant value,
      String referenceField,
      Instant referenceValue,
      Duration limit,
      String policyField);

  @Message(
      id = 1018,
      value =
          "Invalid %s: scheduledAt %s is more than %s after createdAt %s. Schedule it earlier,"
              + " or raise EventValidationPolicy.maxScheduleAhead.")
  InvalidEventException scheduledTooFarAhead(
      String event, Instant scheduledAt, Duration limit, Instant createdAt);

  @Message(
      id = 1030,
      value =
          "Cannot %s %s: the event must be %s. Reload the event; another worker or an operator"
              + " may have changed it.")
  InvalidStateTransitionException invalidTransition(
      String action, String event, String requiredState);

  @Message(
      id = 1031,
      value =
          "Cannot lock %s for worker %s: it is already locked. Wait for the lock to be released"
              + " or to go stale, then force-unlock it.")
  EventAlreadyLockedException alreadyLocked(String event, String workerId);

  @Message(
      id = 1032,
      value =
          "Worker %s cannot %s %s: another worker holds the lock. Leave the event to that"
              + " worker, or force-unlock it if the lock is stale.")
  LockedByAnotherWorkerException lockedByAnotherWorker(
      String workerId, String action, String event);

  @Message(id = 1033, value = "Worker %s cannot %s %s: the event is not locked. Lock it first.")
  EventNotLockedException notLocked(String workerId, String action, String event);

  @Message(
      id = 1034,
      value = "Cannot force-unlock %s: the event is not locked, so there is no lock to release.")
  EventNotLockedException notLockedForForceUnlock(String event);

  @Message(id = 1040, value = "Invalid argument %s: '%s' is blank. Pass a non-blank %1$s.")
  IllegalArgumentException blankArgument(String name, String value);

  @Message(id = 1041, value = "Invalid argument %s: %s is not positive. Pass a duration above 0.")
  IllegalArgumentException nonPositiveDuration(String name, Duration value);

  @Message(id = 1042, value = "Invalid argument %s: %s is negative. Pass 0 or a longer duration.")
  IllegalArgumentException negativeDuration(String name, Duration value);

  @Message(id = 1043, value = "Invalid argument %s: %d is not positive. Pass 1 or more.")
  IllegalArgumentException nonPositiveNumber(String name, int value);

  @Message(
      id = 1044,
      value =
          "A failure of %s that does not count as an attempt needs nextRetryAt, because the"
              + " event would otherwise be retried at once without limit. Pass nextRetryAt.")
  IllegalArgumentException nextRetryAtRequired(String event);

  @Message(
      id = 1050,
      value =
          "Cannot decode the payload of %s: no PayloadDecoder is attached. Attach one with"
              + " InboxEvent.Builder.payloadDecoder(...), usually the SchemaRegistry.")
  OmniboxException noPayloadDecoder(String event);
}
