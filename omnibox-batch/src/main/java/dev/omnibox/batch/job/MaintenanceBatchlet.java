package dev.omnibox.batch.job;

import static dev.omnibox.batch.job.JobLogger.LOG;

import dev.omnibox.OmniboxException;
import dev.omnibox.batch.OmniboxJobs;
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

/**
 * Runs {@link MaintenanceService} once on the outbox and inbox repositories that exist as CDI
 * beans: releases stale leases and deletes COMPLETED events older than the retention, in bounded
 * batches, each statement in its own transaction. The job's exit status counts what it did, for
 * example {@code RELEASED=0;DELETED=120}, with {@code ;MORE} when a task stopped at its limit; a
 * task that failed fails the job, after the other tasks ran.
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

  @Override
  public String process() {
    MaintenanceReport report = service().run();
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
            + (report.stoppedAtLimit() ? ";MORE" : "");
    jobContext.setExitStatus(summary);
    return summary;
  }

  /**
   * Does nothing: a run is bounded by {@value OmniboxJobs#MAX_ITERATIONS} statements per task, and
   * interrupting a thread inside a JDBC call can break its connection, so the run ends on its own.
   */
  @Override
  public void stop() {}

  private MaintenanceService service() {
    MaintenanceOptions defaults = MaintenanceOptions.defaults();
    MaintenanceOptions options =
        new MaintenanceOptions(
            Parameters.positiveDuration(
                OmniboxJobs.STALE_LOCK_TTL, staleLockTtl, defaults.staleLockTtl()),
            Parameters.positiveDuration(OmniboxJobs.RETENTION, retention, defaults.retention()),
            Parameters.positiveInt(OmniboxJobs.BATCH_SIZE, batchSize, defaults.batchSize()),
            Parameters.positiveInt(
                OmniboxJobs.MAX_ITERATIONS, maxIterations, defaults.maxIterations()));
    MaintenanceService.Builder builder =
        MaintenanceService.builder().clock(resources.clock()).options(options);
    resources.optionalOutboxRepository().ifPresent(builder::outbox);
    resources.optionalInboxRepository().ifPresent(builder::inbox);
    // TODO: old partitions of the partitioned PostgreSQL tables are not dropped, because the SPI
    // has no operation for it yet. Retention deletes rows on those tables too.
    return builder.build();
  }
}
