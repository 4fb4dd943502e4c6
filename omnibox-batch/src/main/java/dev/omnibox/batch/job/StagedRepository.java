package dev.omnibox.batch.job;

import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.ClaimRequest;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.FailureUpdate;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.RepositoryCapabilities;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The repository the pipeline sees inside the batch processor: a claim returns the one event the
 * reader already claimed, and the outcome the pipeline writes is kept for the chunk's writer
 * instead of being stored. Reads go to the real repository.
 *
 * <p>This lets the processor run one event through the same {@link
 * dev.omnibox.pipeline.EventBatchProcessor} steps, error classification and backoff as every other
 * worker, while the claim belongs to the reader and the bulk write to the writer. One instance
 * serves one partition thread.
 */
abstract class StagedRepository<E extends StoredEvent> implements EventRepository<E> {

  private final EventRepository<E> delegate;
  private E staged;
  private ItemOutcome outcome;

  StagedRepository(EventRepository<E> delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
  }

  /** Makes {@code event} the result of the next claim. */
  void stage(E event) {
    this.staged = Objects.requireNonNull(event, "event must not be null");
    this.outcome = null;
  }

  /**
   * Returns the outcome the pipeline wrote for the staged event.
   *
   * @throws IllegalStateException when the pipeline wrote none
   */
  ItemOutcome takeOutcome() {
    if (outcome == null) {
      throw new IllegalStateException(
          "the pipeline wrote no outcome for event " + (staged == null ? null : staged.id()));
    }
    ItemOutcome taken = outcome;
    staged = null;
    outcome = null;
    return taken;
  }

  EventRepository<E> delegate() {
    return delegate;
  }

  /** The real capabilities, with skip-locked claims so the pipeline uses {@code claimPending}. */
  @Override
  public RepositoryCapabilities capabilities() {
    RepositoryCapabilities real = delegate.capabilities();
    return new RepositoryCapabilities(
        true,
        real.databaseClock(),
        real.bulkUpdates(),
        real.perKeyOrdering(),
        real.uniqueInboxKey(),
        real.partitionDrop());
  }

  @Override
  public boolean exists(UUID id) {
    return delegate.exists(id);
  }

  @Override
  public Optional<E> findById(UUID id) {
    return delegate.findById(id);
  }

  @Override
  public List<E> claimPending(ClaimRequest request) {
    return staged == null ? List.of() : List.of(staged);
  }

  @Override
  public List<E> findClaimable(FetchFilters filters, Duration leaseTtl, int limit) {
    return claimPending(null);
  }

  @Override
  public Optional<E> tryClaim(UUID id, String workerId, Duration leaseTtl) {
    return staged != null && staged.id().equals(id) ? Optional.of(staged) : Optional.empty();
  }

  @Override
  public int markCompleted(String workerId, Collection<UUID> ids) {
    for (UUID id : ids) {
      keep(ItemOutcome.done(id));
    }
    return ids.size();
  }

  @Override
  public int markFailed(String workerId, Collection<FailureUpdate> failures) {
    for (FailureUpdate failure : failures) {
      keep(new ItemOutcome(failure.id(), failure));
    }
    return failures.size();
  }

  @Override
  public int releaseLeases(String workerId, Collection<UUID> ids) {
    throw unsupported("releaseLeases");
  }

  @Override
  public int releaseStaleLocks(Duration leaseTtl, int batchSize) {
    throw unsupported("releaseStaleLocks");
  }

  @Override
  public int deleteCompletedBefore(Instant cutoff, int batchSize) {
    throw unsupported("deleteCompletedBefore");
  }

  @Override
  public int requeueFailed(Collection<UUID> ids) {
    throw unsupported("requeueFailed");
  }

  @Override
  public boolean forceUnlock(UUID id, String reason) {
    throw unsupported("forceUnlock");
  }

  @Override
  public int moveToDeadLetters(Collection<UUID> ids, String reason) {
    throw unsupported("moveToDeadLetters");
  }

  static UnsupportedOperationException unsupported(String method) {
    return new UnsupportedOperationException(
        method + " is not available inside the batch processor; the pipeline never calls it");
  }

  private void keep(ItemOutcome written) {
    if (staged == null || !staged.id().equals(written.eventId())) {
      throw new IllegalStateException(
          "the pipeline wrote an outcome for event "
              + written.eventId()
              + ", but the staged event is "
              + (staged == null ? null : staged.id()));
    }
    this.outcome = written;
  }
}
