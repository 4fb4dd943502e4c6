package dev.omnibox.pipeline;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log messages of the batch processor, ids 1300-1399; the steps use 1400-1499. */
@MessageLogger(projectCode = "OMNIBOX")
interface PipelineLogger extends BasicLogger {

  PipelineLogger LOG = Logger.getMessageLogger(PipelineLogger.class, "dev.omnibox.pipeline");

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 1300,
      value =
          "Processing of event %s of type %s failed on attempt %d of %d; the attempt counts: %s")
  void permanentFailure(
      UUID id, String type, int attempt, int maxAttempts, String error, @Cause Throwable cause);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 1301,
      value =
          "Processing of event %s of type %s failed on attempt %d with a transient error; the"
              + " attempt does not count: %s")
  void transientFailure(UUID id, String type, int attempt, String error);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(
      id = 1302,
      value =
          "Writing the outcome (%s) of events %s failed for worker %s; they keep their lease until"
              + " it expires and are processed again then")
  void commitFailed(String outcome, Collection<UUID> ids, String workerId, @Cause Throwable cause);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 1303,
      value =
          "Worker %s no longer held the lease of %d of the events %s when writing their outcome"
              + " (%s); another worker may process them again")
  void leasesLost(String workerId, int lost, Collection<UUID> ids, String outcome);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 1304,
      value =
          "Worker %s stopped its batch because shutdown was requested or its thread was"
              + " interrupted; the leases of the %d unprocessed events %s are released")
  void shutdownMidBatch(String workerId, int count, Collection<UUID> ids);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 1305,
      value =
          "No handler is registered for event %s of type %s on attempt %d (topic %s, schema"
              + " version %s); the event is skipped")
  void noRoute(UUID id, String type, int attempt, String topic, String schemaVersion);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 1306,
      value =
          "The processing chain returned no result for event %s of type %s on attempt %d; the"
              + " attempt counts as failed")
  void nullResult(UUID id, String type, int attempt);

  @LogMessage(level = Logger.Level.DEBUG)
  @Message(id = 1307, value = "Worker %s lost the race for event %s to another worker; skipped")
  void claimLost(String workerId, UUID id);

  @LogMessage(level = Logger.Level.DEBUG)
  @Message(id = 1308, value = "Job %s, worker %s: %s")
  void batchDone(String jobName, String workerId, Object result);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 1309,
      value = "Event %s of type %s ends as FAILED after attempt %d and is not retried: %s")
  void terminalFailure(UUID id, String type, int attempt, String error);

  @LogMessage(level = Logger.Level.DEBUG)
  @Message(id = 1310, value = "Event %s of type %s is retried at %s after attempt %d: %s")
  void retryScheduled(UUID id, String type, Instant nextAttemptAt, int attempt, String error);
}
