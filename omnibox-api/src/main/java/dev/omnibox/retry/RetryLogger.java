package dev.omnibox.retry;

import java.lang.invoke.MethodHandles;
import java.time.Duration;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Exception messages of the retry package, ids 1250-1299. */
@MessageLogger(projectCode = "OMNIBOX")
interface RetryLogger extends BasicLogger {

  RetryLogger LOG =
      Logger.getMessageLogger(
          MethodHandles.lookup(), RetryLogger.class, RetryLogger.class.getPackageName());

  @Message(id = 1250, value = "Argument %s is null. Pass a value.")
  IllegalArgumentException argumentMissing(String name);

  @Message(id = 1251, value = "Backoff base is %s. Pass a positive duration.")
  IllegalArgumentException baseNotPositive(Duration base);

  @Message(
      id = 1252,
      value = "Backoff cap %s is below the base %s. Pass a cap of at least the base.")
  IllegalArgumentException capBelowBase(Duration cap, Duration base);

  @Message(
      id = 1253,
      value =
          "Backoff cap %s is too large. Pass a cap of at most %s (the range of long nanoseconds).")
  IllegalArgumentException capTooLarge(Duration cap, Duration max);

  @Message(id = 1254, value = "Backoff multiplier is %s. Pass a finite number of at least 1.0.")
  IllegalArgumentException invalidMultiplier(double multiplier);

  @Message(id = 1255, value = "Attempt is %d. Pass the number of attempts made so far, from 1.")
  IllegalArgumentException attemptBelowOne(int attempt);

  @Message(id = 1256, value = "Previous delay is %s. Pass a duration of zero or more, or null.")
  IllegalArgumentException previousDelayNegative(Duration previousDelay);
}
