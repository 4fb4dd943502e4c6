package dev.omnibox.maintenance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one maintenance run.
 *
 * @param startedAt when the run started, from the service's clock
 * @param deleteCutoff COMPLETED events that completed before this instant were deleted
 * @param tasks one report per repository and task, in the order they ran
 */
public record MaintenanceReport(Instant startedAt, Instant deleteCutoff, List<TaskReport> tasks) {

  public MaintenanceReport {
    Objects.requireNonNull(startedAt, "startedAt must not be null");
    Objects.requireNonNull(deleteCutoff, "deleteCutoff must not be null");
    tasks = List.copyOf(tasks);
  }

  /** Returns the report of one task on one repository. */
  public Optional<TaskReport> find(String repository, MaintenanceTask task) {
    return tasks.stream()
        .filter(report -> report.repository().equals(repository) && report.task() == task)
        .findFirst();
  }

  /** Returns the rows one task changed, summed over all repositories. */
  public int total(MaintenanceTask task) {
    return tasks.stream()
        .filter(report -> report.task() == task)
        .mapToInt(TaskReport::affectedRows)
        .sum();
  }

  /** Returns whether any task stopped at the iteration limit, so another run has work left. */
  public boolean stoppedAtLimit() {
    return tasks.stream().anyMatch(TaskReport::stoppedAtLimit);
  }

  /** Returns whether any task ended with an error. */
  public boolean hasFailures() {
    return tasks.stream().anyMatch(TaskReport::failed);
  }
}
