package dev.omnibox.batch.job;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Starts jobs on the JBeret SE runtime and waits, bounded, for their status. */
final class Jobs {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final Set<BatchStatus> ENDED =
      Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

  private static volatile JobOperator override;

  private Jobs() {}

  /** Makes the helpers use {@code operator}, or the default JBeret SE operator when null. */
  static void use(JobOperator operator) {
    override = operator;
  }

  static JobOperator operator() {
    JobOperator operator = override;
    return operator == null ? BatchRuntime.getJobOperator() : operator;
  }

  static long start(String jobName, Map<String, String> parameters) {
    Properties properties = new Properties();
    properties.putAll(parameters);
    return operator().start(jobName, properties);
  }

  static long restart(long executionId, Map<String, String> parameters) {
    Properties properties = new Properties();
    properties.putAll(parameters);
    return operator().restart(executionId, properties);
  }

  /** Waits until the execution ended and returns it; fails after {@link #TIMEOUT}. */
  static JobExecution awaitEnd(long executionId) {
    return await(executionId, ENDED);
  }

  static JobExecution await(long executionId, Set<BatchStatus> statuses) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      JobExecution execution = operator().getJobExecution(executionId);
      if (statuses.contains(execution.getBatchStatus())) {
        return execution;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "job execution "
                + executionId
                + " is "
                + execution.getBatchStatus()
                + " after "
                + TIMEOUT
                + ", expected one of "
                + statuses);
      }
      pause();
    }
  }

  /** Waits until {@code condition} holds; fails after {@link #TIMEOUT}. */
  static void awaitCondition(String description, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + TIMEOUT + " waiting for " + description);
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a job", e);
    }
  }
}
