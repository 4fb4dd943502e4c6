package dev.omnibox.ejb.admin;

import static org.jboss.logging.Logger.Level.INFO;

import java.lang.invoke.MethodHandles;
import java.util.UUID;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log messages of the admin API, ids 2600-2699. Each names the operator and the ids acted on. */
@MessageLogger(projectCode = "OMNIBOX")
interface AdminLogger extends BasicLogger {

  AdminLogger LOG =
      Logger.getMessageLogger(
          MethodHandles.lookup(), AdminLogger.class, AdminLogger.class.getPackageName());

  @LogMessage(level = INFO)
  @Message(id = 2600, value = "Operator %s requeued FAILED %s event %s")
  void requeued(String operator, String kind, UUID eventId);

  @LogMessage(level = INFO)
  @Message(id = 2601, value = "Operator %s force-unlocked %s event %s (lease of %s): %s")
  void forceUnlocked(String operator, String kind, UUID eventId, String lockedBy, String reason);

  @LogMessage(level = INFO)
  @Message(id = 2602, value = "Operator %s replayed dead letter %s as %s event %s")
  void replayed(String operator, UUID deadLetterId, String kind, UUID eventId);

  @LogMessage(level = INFO)
  @Message(id = 2603, value = "Operator %s started job %s as execution %d with parameters %s")
  void jobStarted(String operator, String jobName, long executionId, String parameters);

  @LogMessage(level = INFO)
  @Message(id = 2604, value = "Operator %s stopped execution %d of job %s")
  void jobStopped(String operator, long executionId, String jobName);

  @LogMessage(level = INFO)
  @Message(id = 2605, value = "Operator %s restarted execution %d of job %s as execution %d")
  void jobRestarted(String operator, long executionId, String jobName, long newExecutionId);
}
