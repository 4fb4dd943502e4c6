package dev.omnibox.maintenance;

import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger.Level;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log messages of the maintenance package, ids 1600-1699. */
@MessageLogger(projectCode = "OMNIBOX")
interface MaintenanceLogger extends BasicLogger {

  @LogMessage(level = Level.DEBUG)
  @Message(
      id = 1600,
      value =
          "Maintenance started: stale lock TTL %s, deleting COMPLETED rows before %s, batch size"
              + " %d, at most %d batches per task")
  void runStarted(Duration staleLockTtl, Instant cutoff, int batchSize, int maxIterations);

  @LogMessage(level = Level.INFO)
  @Message(id = 1601, value = "Maintenance of %s: %s changed %d rows in %d batches")
  void taskDone(String repository, MaintenanceTask task, int rows, int iterations);

  @LogMessage(level = Level.WARN)
  @Message(
      id = 1602,
      value =
          "Maintenance of %s: %s stopped at the limit of %d batches after %d rows; the rest waits"
              + " for the next run, or raise maxIterations")
  void taskStoppedAtLimit(String repository, MaintenanceTask task, int iterations, int rows);

  @LogMessage(level = Level.ERROR)
  @Message(
      id = 1603,
      value =
          "Maintenance of %s: %s failed in batch %d after %d rows; the other tasks go on and the"
              + " next run tries again")
  void taskFailed(
      String repository, MaintenanceTask task, int batch, int rows, @Cause Throwable cause);
}
