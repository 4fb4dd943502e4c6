package dev.omnibox.pipeline;

import dev.omnibox.spi.RepositoryCapabilities;
import java.util.Objects;

/**
 * The way a batch of events is claimed.
 *
 * @since 0.1
 */
public enum FetchStrategy {

  /**
   * One {@code claimPending} call that locks the rows and skips those that others hold ({@code FOR
   * UPDATE SKIP LOCKED}). Needs {@link RepositoryCapabilities#skipLocked()}; the only strategy that
   * supports per-key ordering.
   */
  DISTRIBUTED_LOCK,

  /**
   * {@code findClaimable} without locks, then one conditional {@code tryClaim} per event; events
   * that another worker took first are skipped. Works on any storage, at the cost of one update per
   * event and of lost races under contention.
   */
  OPTIMISTIC;

  /** Returns {@link #DISTRIBUTED_LOCK} when the storage can skip locked rows, else OPTIMISTIC. */
  public static FetchStrategy forCapabilities(RepositoryCapabilities capabilities) {
    Objects.requireNonNull(capabilities, "capabilities must not be null");
    return capabilities.skipLocked() ? DISTRIBUTED_LOCK : OPTIMISTIC;
  }
}
