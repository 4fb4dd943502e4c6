package dev.omnibox.batch.job;

import java.util.Collection;
import java.util.UUID;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log messages of the batch artifacts, ids 3000-3099. */
@MessageLogger(projectCode = "OMNIBOX")
interface JobLogger extends BasicLogger {

  JobLogger LOG = Logger.getMessageLogger(JobLogger.class, "dev.omnibox.batch.job");

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 3000,
      value =
          "Worker %s started claiming %s events: %d per chunk, lease %s, poll interval %s, key share"
              + " %d of %d, per-key ordering %s")
  void workerStarted(
      String workerId,
      String kind,
      int itemCount,
      Object leaseTtl,
      Object pollInterval,
      int partitionIndex,
      int partitionCount,
      boolean perKeyOrdering);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 3001,
      value =
          "Event %s of type %s on attempt %d marked the chunk transaction of worker %s for"
              + " rollback; the chunk is rolled back and retried without it, and its failure is"
              + " recorded: %s")
  void poisonedChunk(UUID id, String type, int attempt, String workerId, String error);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 3002,
      value = "Recorded the failure of event %s for worker %s after its chunk was rolled back: %s")
  void poisonRecorded(UUID id, String workerId, String error);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 3003,
      value =
          "Could not record the failure of event %s for worker %s because another worker holds"
              + " it or it is no longer pending; its new holder processes it")
  void poisonNotRecorded(UUID id, String workerId);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 3004,
      value = "Worker %s released the leases of %d claimed but unprocessed events %s (%s)")
  void leasesReleased(String workerId, int count, Collection<UUID> ids, String reason);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(
      id = 3005,
      value =
          "Worker %s could not release the leases of %d claimed events %s; they are claimable"
              + " again once their lease expires")
  void releaseFailed(String workerId, int count, Collection<UUID> ids, @Cause Throwable cause);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 3006,
      value =
          "Worker %s no longer held the lease of %d of the events %s when writing their outcome;"
              + " another worker may process them again")
  void leasesLost(String workerId, int lost, Collection<UUID> ids);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 3007,
      value =
          "Worker %s stopped after a failure with %d claimed events unprocessed %s; they are"
              + " claimable again once their lease expires")
  void leasesLeftAfterFailure(String workerId, int count, Collection<UUID> ids);

  @LogMessage(level = Logger.Level.ERROR)
  @Message(
      id = 3008,
      value = "Maintenance job found failures: %s. The other tasks ran; the next run tries again")
  void maintenanceFailed(Object report);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 3009,
      value =
          "The transaction synchronization registry is not bound at %s, so a chunk transaction"
              + " marked for rollback is detected only when the commit fails")
  void noTransactionRegistry(String jndiName);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 3010,
      value =
          "Maintenance drops no partitions: %s. Set the job parameter dropPartitions to false"
              + " to silence this message")
  void noPartitionsToDrop(String reason);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 3011, value = "Worker %s publishes outbox events in publish mode %s")
  void relayPublishMode(String workerId, Object mode);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 3012,
      value =
          "No JTA TransactionManager is bound under %s, so each relay send in publish mode"
              + " AT_LEAST_ONCE waits for a broker journal write of its own")
  void noTransactionManager(Object names);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 3013, value = "Failed to roll back the transaction of a failed chunk's sends")
  void sendTransactionRollbackFailed(@Cause Throwable cause);
}
