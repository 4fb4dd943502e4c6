package dev.omnibox.ejb.jms;

import static org.jboss.logging.Logger.Level.INFO;

import java.lang.invoke.MethodHandles;
import java.util.UUID;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log and exception messages of the JMS publisher, ids 2300-2349. */
@MessageLogger(projectCode = "OMNIBOX")
interface JmsLogger extends BasicLogger {

  JmsLogger LOG =
      Logger.getMessageLogger(
          MethodHandles.lookup(), JmsLogger.class, JmsLogger.class.getPackageName());

  @Message(
      id = 2300,
      value =
          "Sending outbox event %s (type %s, topic %s) to %s failed because the broker is"
              + " unavailable or the destination is missing: %s. The attempt is not counted and"
              + " the event is sent again after a backoff; check the broker and the destination.")
  String brokerUnavailable(
      UUID id, String eventType, String topic, String destination, String cause);

  @Message(
      id = 2301,
      value =
          "The broker rejected outbox event %s (type %s, topic %s) sent to %s: %s. The attempt"
              + " counts, and the event is dead-lettered when its attempts run out.")
  String rejected(UUID id, String eventType, String topic, String destination, String cause);

  @Message(
      id = 2302,
      value =
          "Outbox event %s (type %s, topic %s) cannot be written as an envelope: %s. The attempt"
              + " counts; store the payload as JSON text.")
  String envelopeFailed(UUID id, String eventType, String topic, String cause);

  @Message(
      id = 2303,
      value =
          "Setting %s has the invalid destination '%s'. Use queue:NAME, topic:NAME or a JNDI name"
              + " starting with java:.")
  IllegalArgumentException invalidDestination(String setting, String value);

  @Message(
      id = 2304,
      value =
          "Looking up %s in JNDI failed: %s. Check the JNDI name in the omnibox settings and that"
              + " the server defines it.")
  String lookupFailed(String jndiName, String cause);

  @LogMessage(level = INFO)
  @Message(id = 2305, value = "Outbox topic %s is published to %s")
  void destinationResolved(String topic, String destination);
}
