package dev.omnibox.handler;

import java.lang.invoke.MethodHandles;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log and exception messages of the handler package, ids 1200-1249. */
@MessageLogger(projectCode = "OMNIBOX")
interface HandlerLogger extends BasicLogger {

  HandlerLogger LOG =
      Logger.getMessageLogger(
          MethodHandles.lookup(), HandlerLogger.class, HandlerLogger.class.getPackageName());

  @Message(id = 1200, value = "Argument %s is null or blank. Pass a non-blank value.")
  IllegalArgumentException argumentMissing(String name);

  @Message(
      id = 1201,
      value =
          "A retry that does not count as an attempt needs nextRetryAt, otherwise the event would"
              + " be retried at once without limit. Pass the time of the next attempt.")
  IllegalArgumentException uncountedRetryWithoutTime();

  @Message(
      id = 1202,
      value =
          "Handler '%s' cannot be registered for topic '%s', event type '%s', schema version %s"
              + " because handler '%s' is already registered for it. Register one handler per"
              + " topic, event type and version.")
  String duplicateHandler(
      String rejectedHandler,
      String topic,
      String eventType,
      String version,
      String registeredHandler);

  @Message(
      id = 1203,
      value =
          "Schema version '%s' of handler '%s' is invalid. Use dot-separated non-negative integers"
              + " without leading zeros, such as 1 or 1.2, or null for every version.")
  IllegalArgumentException invalidVersion(String version, String handlerName);

  @LogMessage(level = Logger.Level.DEBUG)
  @Message(
      id = 1210,
      value = "Registered handler '%s' for topic '%s', event type '%s', schema version %s")
  void handlerRegistered(String handlerName, String topic, String eventType, String version);
}
