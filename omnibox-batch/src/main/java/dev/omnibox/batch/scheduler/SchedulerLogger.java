package dev.omnibox.batch.scheduler;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log messages of the job scheduler, ids 3100-3199. */
@MessageLogger(projectCode = "OMNIBOX")
interface SchedulerLogger extends BasicLogger {

  SchedulerLogger LOG =
      Logger.getMessageLogger(SchedulerLogger.class, "dev.omnibox.batch.scheduler");

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 3100, value = "Started job %s (%s) as execution %d with parameters %s")
  void started(String jobName, String key, long executionId, Object parameters);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 3101,
      value = "Job %s (%s) execution %d ended %s with exit status %s; restarted as execution %d")
  void restarted(
      String jobName, String key, long previousId, Object status, String exitStatus, long newId);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 3102,
      value =
          "Job %s (%s) execution %d was stopped by an operator and is left stopped; restart it"
              + " with the batch management of the server")
  void leftStopped(String jobName, String key, long executionId);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(
      id = 3103,
      value = "Could not start or restart job %s (%s); the scheduler tries again at its next check")
  void startFailed(String jobName, String key, @Cause Throwable cause);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 3104, value = "Stopping job %s (%s) execution %d because the application stops")
  void stopping(String jobName, String key, long executionId);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 3105,
      value =
          "Scheduler started: checks jobs every %s, relay %s, dispatch groups %s, maintenance"
              + " every %s")
  void schedulerStarted(Object watchInterval, boolean relay, Object groups, Object maintenance);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 3106, value = "The omnibox job scheduler is off (%s=false)")
  void schedulerDisabled(String setting);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 3107,
      value = "Maintenance execution %d is still running; the run due now is skipped")
  void maintenanceStillRunning(long executionId);
}
