package dev.omnibox.maintenance;

import java.util.Objects;

/**
 * The outcome of one maintenance task on one repository.
 *
 * @param repository the repository's name, for example {@code "outbox"}
 * @param task the task
 * @param affectedRows the leases released or rows deleted
 * @param iterations the statements run
 * @param stoppedAtLimit whether the task stopped at the maximum number of iterations with a full
 *     last batch, so more rows may remain
 * @param failure the error that ended the task early, or null when it finished
 */
public record TaskReport(
    String repository,
    MaintenanceTask task,
    int affectedRows,
    int iterations,
    boolean stoppedAtLimit,
    RuntimeException failure) {

  public TaskReport {
    Objects.requireNonNull(repository, "repository must not be null");
    Objects.requireNonNull(task, "task must not be null");
  }

  /** Returns whether the task ended with an error. */
  public boolean failed() {
    return failure != null;
  }
}
