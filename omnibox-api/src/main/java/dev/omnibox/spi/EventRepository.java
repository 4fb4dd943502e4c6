package dev.omnibox.spi;

import dev.omnibox.model.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage operations shared by the outbox and the inbox.
 *
 * <p>Methods join the caller's transaction when one is active (JTA in a container). Without one, an
 * implementation either runs each call in a transaction of its own or raises {@link
 * IllegalStateException}, and documents which. Leases use the database clock where {@link
 * RepositoryCapabilities#databaseClock()} is true: the {@code lockedAt} of a claimed row and the
 * staleness checks come from the database, never from the calling node.
 *
 * @param <E> the event type stored
 * @since 0.1
 */
public interface EventRepository<E extends StoredEvent> {

  /** Returns what this storage can do, so the pipeline can choose its fetch strategy. */
  RepositoryCapabilities capabilities();

  /**
   * Returns the operator queries and repairs of this table, or empty when this storage has none.
   * The admin API calls this method instead of testing the repository's type, because a CDI client
   * proxy of a repository bean implements only the bean's declared types.
   *
   * <p>The default returns empty, so existing implementations keep compiling.
   */
  default Optional<EventAdministration<E>> administration() {
    return Optional.empty();
  }

  /** Returns whether an event with this id exists in any status. */
  boolean exists(UUID id);

  /** Returns the event with this id, or empty when there is none. */
  Optional<E> findById(UUID id);

  /**
   * Claims up to {@code request.batchSize()} PENDING events that are due, sets their lease to the
   * request's worker, and returns them in fetch order (oldest first).
   *
   * <p>A row is claimable when it is PENDING, its {@code scheduledAt} has passed, and it is not
   * locked or its lease is older than {@code request.leaseTtl()}. Two concurrent claims never
   * return the same row while its lease is live. With {@link ClaimRequest#perKeyOrdering()} no
   * event is returned while an earlier event of its key is pending, locked or failed-and-blocking.
   * Requires {@link RepositoryCapabilities#skipLocked()}.
   */
  List<E> claimPending(ClaimRequest request);

  /**
   * Reads up to {@code limit} claimable events without locking them, for the optimistic fetch
   * strategy; the caller then takes each with {@link #tryClaim}.
   */
  List<E> findClaimable(FetchFilters filters, Duration leaseTtl, int limit);

  /**
   * Sets the lease of one event to {@code workerId} if it is still claimable, as a single
   * conditional update. Returns the leased event, or empty when another worker won the race.
   */
  Optional<E> tryClaim(UUID id, String workerId, Duration leaseTtl);

  /**
   * Marks the given events COMPLETED and clears their lease, in one statement per batch. Only rows
   * still leased by {@code workerId} change, so a worker that lost its lease cannot overwrite the
   * new holder's work.
   *
   * @return the number of rows changed; less than {@code ids.size()} when leases were lost
   */
  int markCompleted(String workerId, Collection<UUID> ids);

  /**
   * Records failures and clears their lease, in one statement per batch, for rows still leased by
   * {@code workerId}, following {@link FailureUpdate.FailureKind}: a counted failure adds one
   * attempt and the event becomes FAILED when that was its last; a final failure makes it FAILED at
   * once; otherwise it stays PENDING and is due again at {@code nextAttemptAt}. Error texts longer
   * than the column are truncated, never rejected.
   *
   * @return the number of rows changed
   */
  int markFailed(String workerId, Collection<FailureUpdate> failures);

  /**
   * Releases the leases of the given events that are still PENDING and leased by {@code workerId},
   * in one statement per batch, so that any worker may claim them again at once. Attempts, the next
   * attempt time and the last error stay as they were: a release is no failure. Rows leased by
   * another worker, not leased, or in another status are left unchanged. A worker calls it for
   * events it claimed but did not process, for example when it stops mid-batch.
   *
   * @return the number of leases released
   * @since 0.1
   */
  int releaseLeases(String workerId, Collection<UUID> ids);

  /**
   * Clears leases older than {@code leaseTtl}, measured with the database clock, on at most {@code
   * batchSize} rows.
   *
   * @return the number of leases released
   */
  int releaseStaleLocks(Duration leaseTtl, int batchSize);

  /**
   * Deletes at most {@code batchSize} COMPLETED events completed before {@code cutoff}. Callers
   * loop until the result is below {@code batchSize}, so no statement holds locks for long.
   *
   * @return the number of rows deleted
   */
  int deleteCompletedBefore(Instant cutoff, int batchSize);

  /**
   * Moves the given FAILED events back to PENDING with their attempts reset and due now. Events in
   * another status are left unchanged.
   *
   * @return the number of events requeued
   */
  int requeueFailed(Collection<UUID> ids);

  /**
   * Clears the lease of one event whatever its holder, and records {@code reason} as its last
   * error. For operators freeing a stuck event.
   *
   * @return whether the event existed and was locked
   */
  boolean forceUnlock(UUID id, String reason);

  /**
   * Moves the given FAILED events to the dead-letter table in one transaction: each is copied with
   * {@code reason} and deleted from this table. Events in another status are left unchanged.
   *
   * @return the number of events moved
   */
  int moveToDeadLetters(Collection<UUID> ids, String reason);
}
