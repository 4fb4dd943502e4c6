package dev.omnibox.batch.scheduler;

import static dev.omnibox.batch.scheduler.SchedulerLogger.LOG;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the continuous jobs running through a {@link JobOperator}: starts each one, restarts it
 * when it FAILED or when the supervisor itself stopped it, and leaves alone an execution that an
 * operator stopped.
 *
 * <p>At the first check after the application starts, it resumes the newest execution of each job
 * that ended FAILED or STOPPED (for example by the last shutdown), so the job keeps one history. An
 * execution that still looks running is restarted when the runtime finds it dead (left by a crash),
 * and watched when it runs.
 *
 * <p>NOTE: with JBeret, nodes that share one JDBC job repository see each other's executions as
 * dead, so a starting node restarts another node's running relay in its own JVM. Give each node its
 * own job repository, or accept a second execution per node (claims stay safe).
 *
 * <p>Not thread-safe: the scheduler calls it from one timer at a time.
 */
public final class JobSupervisor {

  /** How many of a job name's newest instances are searched for an execution to resume. */
  private static final int RESUME_SEARCH = 20;

  private static final Set<BatchStatus> RUNNING =
      Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  private final JobOperator operator;
  private final Map<String, Long> executions = new ConcurrentHashMap<>();
  private final Set<String> stoppedBySupervisor = ConcurrentHashMap.newKeySet();
  private final Set<String> reportedStopped = ConcurrentHashMap.newKeySet();

  public JobSupervisor(JobOperator operator) {
    this.operator = Objects.requireNonNull(operator, "operator must not be null");
  }

  /** Starts, resumes or restarts {@code job} as needed; failures are logged, not thrown. */
  public void ensureRunning(ManagedJob job) {
    try {
      Long known = executions.get(job.key());
      if (known == null) {
        startOrResume(job);
      } else {
        check(job, newest(known));
      }
    } catch (RuntimeException e) {
      LOG.startFailed(job.jobName(), job.key(), e);
    }
  }

  /** Starts a one-off run of {@code job} unless its previous run is still going. */
  public void runOnce(ManagedJob job) {
    try {
      Long known = executions.get(job.key());
      if (known != null && RUNNING.contains(operator.getJobExecution(known).getBatchStatus())) {
        LOG.maintenanceStillRunning(known);
        return;
      }
      start(job);
    } catch (RuntimeException e) {
      LOG.startFailed(job.jobName(), job.key(), e);
    }
  }

  /** Stops every running execution this supervisor started; they are resumed at the next start. */
  public void stopAll(List<ManagedJob> jobs) {
    for (ManagedJob job : jobs) {
      Long id = executions.get(job.key());
      if (id == null) {
        continue;
      }
      try {
        long newest = newest(id);
        if (RUNNING.contains(operator.getJobExecution(newest).getBatchStatus())) {
          LOG.stopping(job.jobName(), job.key(), newest);
          stoppedBySupervisor.add(job.key());
          operator.stop(newest);
        }
      } catch (RuntimeException e) {
        LOG.debugf(e, "Stopping job %s (%s) failed", job.jobName(), job.key());
      }
    }
  }

  /** Returns the newest execution id known for {@code key}, or empty. */
  public Optional<Long> executionOf(String key) {
    return Optional.ofNullable(executions.get(key));
  }

  private void check(ManagedJob job, long executionId) {
    JobExecution execution = operator.getJobExecution(executionId);
    BatchStatus status = execution.getBatchStatus();
    if (RUNNING.contains(status)) {
      reportedStopped.remove(job.key());
      return;
    }
    switch (status) {
      case FAILED -> restart(job, execution);
      case STOPPED -> {
        if (stoppedBySupervisor.remove(job.key())) {
          restart(job, execution);
        } else if (reportedStopped.add(job.key())) {
          LOG.leftStopped(job.jobName(), job.key(), executionId);
        }
      }
      default -> start(job);
    }
  }

  private void startOrResume(ManagedJob job) {
    Optional<JobExecution> previous = newestExecution(job);
    if (previous.isEmpty()) {
      start(job);
      return;
    }
    JobExecution execution = previous.get();
    BatchStatus status = execution.getBatchStatus();
    if (RUNNING.contains(status)) {
      adoptOrRestart(job, execution);
    } else if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
      restart(job, execution);
    } else {
      start(job);
    }
  }

  /**
   * Restarts an execution that looks running but was left by a crash. JBeret's default restart mode
   * ({@code detect}) rejects the restart when the execution still runs in this JVM, for example
   * after the server restarted it on resume, and then the supervisor watches it instead.
   */
  private void adoptOrRestart(ManagedJob job, JobExecution execution) {
    try {
      restart(job, execution);
    } catch (JobRestartException e) {
      executions.put(job.key(), execution.getExecutionId());
    }
  }

  private void start(ManagedJob job) {
    long id = operator.start(job.jobName(), job.startParameters());
    executions.put(job.key(), id);
    LOG.started(job.jobName(), job.key(), id, job.parameters());
  }

  private void restart(ManagedJob job, JobExecution execution) {
    long id = operator.restart(execution.getExecutionId(), job.startParameters());
    executions.put(job.key(), id);
    LOG.restarted(
        job.jobName(),
        job.key(),
        execution.getExecutionId(),
        execution.getBatchStatus(),
        execution.getExitStatus(),
        id);
  }

  /** Returns the newest execution of the instance of {@code executionId}, which a restart adds. */
  private long newest(long executionId) {
    JobInstance instance = operator.getJobInstance(executionId);
    return operator.getJobExecutions(instance).stream()
        .mapToLong(JobExecution::getExecutionId)
        .max()
        .orElse(executionId);
  }

  private Optional<JobExecution> newestExecution(ManagedJob job) {
    if (!operator.getJobNames().contains(job.jobName())) {
      return Optional.empty();
    }
    return operator.getJobInstances(job.jobName(), 0, RESUME_SEARCH).stream()
        .flatMap(instance -> operator.getJobExecutions(instance).stream())
        .filter(execution -> job.matches(operator.getParameters(execution.getExecutionId())))
        .max(Comparator.comparingLong(JobExecution::getExecutionId));
  }
}
