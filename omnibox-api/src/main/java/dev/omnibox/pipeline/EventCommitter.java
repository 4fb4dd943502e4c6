package dev.omnibox.pipeline;

import static dev.omnibox.pipeline.PipelineLogger.LOG;

import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.FailureUpdate;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * Writes the decisions of a batch with the chosen {@link CommitStrategy}: {@code markCompleted} for
 * completed events, {@code markFailed} for failures and {@code releaseLeases} for events left
 * unprocessed. A write that throws a RuntimeException is logged and reported, not thrown, so the
 * caller still gets the batch result.
 */
final class EventCommitter {

  private final EventRepository<?> repository;
  private final CommitStrategy strategy;

  EventCommitter(EventRepository<?> repository, CommitStrategy strategy) {
    this.repository = repository;
    this.strategy = strategy;
  }

  CommitReport commit(String workerId, List<Decision> decisions) {
    CommitReport report = new CommitReport();
    if (strategy == CommitStrategy.BULK) {
      writeCompleted(workerId, completedIds(decisions), report);
      writeFailures(workerId, failures(decisions), report);
      writeReleases(workerId, releasedIds(decisions), report);
    } else {
      for (Decision decision : decisions) {
        if (decision.outcome().completesEvent()) {
          writeCompleted(workerId, List.of(decision.id()), report);
        } else if (isRelease(decision)) {
          writeReleases(workerId, List.of(decision.id()), report);
        } else {
          writeFailures(workerId, List.of(decision.failure()), report);
        }
      }
    }
    return report;
  }

  private void writeReleases(String workerId, List<UUID> ids, CommitReport report) {
    write("released", ids, ids, report, list -> repository.releaseLeases(workerId, list), workerId);
  }

  private void writeCompleted(String workerId, List<UUID> ids, CommitReport report) {
    write(
        "COMPLETED", ids, ids, report, list -> repository.markCompleted(workerId, list), workerId);
  }

  private void writeFailures(String workerId, List<FailureUpdate> failures, CommitReport report) {
    List<UUID> ids = failures.stream().map(FailureUpdate::id).toList();
    write(
        "failure", ids, failures, report, list -> repository.markFailed(workerId, list), workerId);
  }

  /** Runs one repository write; rows it did not change were no longer leased by the worker. */
  private static <T> void write(
      String outcome,
      List<UUID> ids,
      List<T> items,
      CommitReport report,
      ToIntFunction<List<T>> call,
      String workerId) {
    if (items.isEmpty()) {
      return;
    }
    try {
      int changed = call.applyAsInt(items);
      if (changed < items.size()) {
        LOG.leasesLost(workerId, items.size() - changed, ids, outcome);
        report.lost(items.size() - changed);
      }
    } catch (RuntimeException e) {
      LOG.commitFailed(outcome, ids, workerId, e);
      report.failed(ids, e);
    }
  }

  private static List<UUID> completedIds(List<Decision> decisions) {
    return decisions.stream()
        .filter(decision -> decision.outcome().completesEvent())
        .map(Decision::id)
        .toList();
  }

  private static List<FailureUpdate> failures(List<Decision> decisions) {
    return decisions.stream()
        .filter(decision -> !decision.outcome().completesEvent() && !isRelease(decision))
        .map(Decision::failure)
        .toList();
  }

  private static List<UUID> releasedIds(List<Decision> decisions) {
    return decisions.stream().filter(EventCommitter::isRelease).map(Decision::id).toList();
  }

  private static boolean isRelease(Decision decision) {
    return decision.outcome() == Outcome.UNPROCESSED;
  }
}
