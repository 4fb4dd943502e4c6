package dev.omnibox.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * A request to claim a batch of due events.
 *
 * @param workerId the lease holder written to {@code lockedBy}
 * @param batchSize the maximum number of events to claim, at least 1
 * @param leaseTtl how long a lease lives before another worker may take the event
 * @param filters which events may be claimed
 * @param perKeyOrdering whether to hold back an event while an earlier event of its key (the outbox
 *     partition key, or the inbox partition key within the consumer group) is not done
 * @param failedBlocksKey with per-key ordering, whether a FAILED event keeps holding back later
 *     events of its key until an operator requeues or removes it
 */
public record ClaimRequest(
    String workerId,
    int batchSize,
    Duration leaseTtl,
    FetchFilters filters,
    boolean perKeyOrdering,
    boolean failedBlocksKey) {

  public ClaimRequest {
    if (workerId == null || workerId.isBlank()) {
      throw new IllegalArgumentException("workerId must not be blank, but was '" + workerId + "'");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, but was " + batchSize);
    }
    Objects.requireNonNull(leaseTtl, "leaseTtl must not be null");
    if (leaseTtl.isNegative() || leaseTtl.isZero()) {
      throw new IllegalArgumentException("leaseTtl must be positive, but was " + leaseTtl);
    }
    Objects.requireNonNull(filters, "filters must not be null; use FetchFilters.none()");
  }

  /** Returns an unordered request with no filters. */
  public static ClaimRequest of(String workerId, int batchSize, Duration leaseTtl) {
    return new ClaimRequest(workerId, batchSize, leaseTtl, FetchFilters.none(), false, false);
  }

  public ClaimRequest withFilters(FetchFilters newFilters) {
    return new ClaimRequest(
        workerId, batchSize, leaseTtl, newFilters, perKeyOrdering, failedBlocksKey);
  }

  public ClaimRequest withPerKeyOrdering(boolean ordered, boolean failedBlocks) {
    return new ClaimRequest(workerId, batchSize, leaseTtl, filters, ordered, failedBlocks);
  }
}
