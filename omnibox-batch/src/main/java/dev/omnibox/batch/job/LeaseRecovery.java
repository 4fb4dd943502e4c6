package dev.omnibox.batch.job;

import static dev.omnibox.batch.job.JobLogger.LOG;

import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.FailureUpdate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes what a partition leaves behind when a chunk rolls back or the step ends: the failures of
 * poisoned events, and the release of leases on events it claimed but did not finish.
 */
final class LeaseRecovery {

  private LeaseRecovery() {}

  /**
   * Records the poisoned failures, then releases the other unfinished events still leased by this
   * worker. Runs after a rollback, in a transaction of its own, so the rows are not locked by the
   * rolled-back chunk.
   */
  static <E extends StoredEvent> void afterRollback(ClaimState<E> state) {
    List<FailureUpdate> failures = state.takePoisoned();
    failures.forEach(failure -> record(state, failure));

    Set<UUID> poisonedIds = failures.stream().map(FailureUpdate::id).collect(Collectors.toSet());
    List<E> unfinished =
        state.takeUnfinished().stream().filter(event -> !poisonedIds.contains(event.id())).toList();
    release(state, unfinished, "its chunk was rolled back");
  }

  /**
   * Releases the leases of {@code events} held by this worker, so another worker takes them at
   * once. Their attempts, schedule and last error stay unchanged. Rows no longer leased by this
   * worker are left unchanged.
   */
  static void release(ClaimState<?> state, List<? extends StoredEvent> events, String reason) {
    if (events.isEmpty()) {
      return;
    }
    List<UUID> ids = events.stream().map(StoredEvent::id).toList();
    try {
      int released = state.repository().releaseLeases(state.workerId(), ids);
      if (released > 0) {
        LOG.leasesReleased(state.workerId(), released, ids, reason);
      }
    } catch (RuntimeException e) {
      LOG.releaseFailed(state.workerId(), ids.size(), ids, e);
    }
  }

  private static void record(ClaimState<?> state, FailureUpdate failure) {
    EventRepository<?> repository = state.repository();
    String workerId = state.workerId();

    // The lease is still this worker's when the claim committed in an earlier chunk (a retried
    // chunk runs one event per transaction); it is gone when the claim rolled back with the chunk.
    int changed = repository.markFailed(workerId, List.of(failure));
    if (changed == 0
        && repository.tryClaim(failure.id(), workerId, state.request().leaseTtl()).isPresent()) {
      changed = repository.markFailed(workerId, List.of(failure));
    }
    if (changed == 0) {
      LOG.poisonNotRecorded(failure.id(), workerId);
    } else {
      LOG.poisonRecorded(failure.id(), workerId, failure.error());
    }
  }
}
