package dev.omnibox.batch.job;

import static dev.omnibox.batch.job.JobLogger.LOG;

import dev.omnibox.OmniboxException;
import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.ejb.storage.PartitionMaintenance;
import dev.omnibox.maintenance.MaintenanceOptions;
import dev.omnibox.maintenance.MaintenanceReport;
import dev.omnibox.maintenance.MaintenanceService;
import dev.omnibox.maintenance.MaintenanceTask;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.Batchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs {@link MaintenanceService} once on the outbox and inbox repositories that exist as CDI
 * beans: releases stale leases and deletes COMPLETED events older than the retention, in bounded
 * batches, each statement in its own transaction. The job's exit status counts what it did, for
 * example {@code RELEASED=0;DELETED=120}, with {@code ;MORE} when a task stopped at its limit; a
 * task that failed fails the job, after the other tasks ran.
 *
 * <p>With {@value OmniboxJobs#DROP_PARTITIONS} on, it then drops the partitions of the partitioned
 * PostgreSQL tables that ended before the retention cutoff and hold only COMPLETED events ({@link
 * PartitionMaintenance}), and adds {@code ;PARTITIONS_DROPPED=n} to the exit status. On other
 * storage it drops nothing and logs why.
 */
@Named("omniboxMaintenance")
@Dependent
public class MaintenanceBatchlet implements Batchlet {

  @Inject JobResources resources;
  @Inject JobContext jobContext;

  @Inject
  @BatchProperty(name = OmniboxJobs.RETENTION)
  String retention;

  @Inject
  @BatchProperty(name = OmniboxJobs.STALE_LOCK_TTL)
  String staleLockTtl;

  @Inject
  @BatchProperty(name = OmniboxJobs.BATCH_SIZE)
  String batchSize;

  @Inject
  @BatchProperty(name = OmniboxJobs.MAX_ITERATIONS)
  String maxIterations;

  @Inject
  @BatchProperty(name = OmniboxJobs.DROP_PARTITIONS)
  String dropPartitions;

  @Override
  public String process() {
    MaintenanceOptions options = options();
    MaintenanceReport report = service(options).run();
    if (report.hasFailures()) {
      LOG.maintenanceFailed(report.tasks());
      throw new OmniboxException(
          "Maintenance failed for some tasks; the log of dev.omnibox.maintenance names them");
    }
    String summary =
        "RELEASED="
            + report.total(MaintenanceTask.RELEASE_STALE_LOCKS)
            + ";DELETED="
            + report.total(MaintenanceTask.DELETE_COMPLETED)
            + (report.stoppedAtLimit() ? ";MORE" : "")
            + partitionSummary(options);
    jobContext.setExitStatus(summary);
    return summary;
  }

  /**
   * Does nothing: a run is bounded by {@value OmniboxJobs#MAX_ITERATIONS} statements per task, and
   * interrupting a thread inside a JDBC call can break its connection, so the run ends on its own.
   */
  @Override
  public void stop() {}

  private String partitionSummary(MaintenanceOptions options) {
    if (!Parameters.booleanValue(OmniboxJobs.DROP_PARTITIONS, dropPartitions, false)) {
      return "";
    }
    return ";PARTITIONS_DROPPED=" + dropOldPartitions(options);
  }

  private int dropOldPartitions(MaintenanceOptions options) {
    Optional<PartitionMaintenance> partitions = resources.partitionMaintenance();
    if (partitions.isEmpty()) {
      LOG.noPartitionsToDrop(
          "the repository beans are not omnibox's storage repositories; a normal-scoped producer"
              + " hides them behind a proxy, so produce them @Dependent");
      return 0;
    }
    if (!partitions.get().isPartitioned()) {
      LOG.noPartitionsToDrop("the tables are not the partitioned PostgreSQL variant");
      return 0;
    }
    Instant cutoff = resources.clock().instant().minus(options.retention());
    return partitions.get().dropPartitionsBefore(cutoff);
  }

  private MaintenanceOptions options() {
    MaintenanceOptions defaults = MaintenanceOptions.defaults();
    return new MaintenanceOptions(
        Parameters.positiveDuration(
            OmniboxJobs.STALE_LOCK_TTL, staleLockTtl, defaults.staleLockTtl()),
        Parameters.positiveDuration(OmniboxJobs.RETENTION, retention, defaults.retention()),
        Parameters.positiveInt(OmniboxJobs.BATCH_SIZE, batchSize, defaults.batchSize()),
        Parameters.positiveInt(
            OmniboxJobs.MAX_ITERATIONS, maxIterations, defaults.maxIterations()));
  }

  private MaintenanceService service(MaintenanceOptions options) {
    MaintenanceService.Builder builder =
        MaintenanceService.builder().clock(resources.clock()).options(options);
    resources.optionalOutboxRepository().ifPresent(builder::outbox);
    resources.optionalInboxRepository().ifPresent(builder::inbox);
    return builder.build();
  }
}
