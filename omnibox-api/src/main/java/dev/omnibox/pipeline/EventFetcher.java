package dev.omnibox.pipeline;

import static dev.omnibox.pipeline.PipelineLogger.LOG;

import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.ClaimRequest;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.FetchFilters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Claims a batch of events with the chosen {@link FetchStrategy}. */
final class EventFetcher<E extends StoredEvent> {

  private final EventRepository<E> repository;
  private final FetchStrategy strategy;
  private final Duration leaseTtl;
  private final PerKeyOrdering ordering;

  EventFetcher(
      EventRepository<E> repository,
      FetchStrategy strategy,
      Duration leaseTtl,
      PerKeyOrdering ordering) {
    this.repository = repository;
    this.strategy = strategy;
    this.leaseTtl = leaseTtl;
    this.ordering = ordering;
  }

  List<E> fetch(String workerId, int batchSize, FetchFilters filters) {
    return switch (strategy) {
      case DISTRIBUTED_LOCK -> claimLocked(workerId, batchSize, filters);
      case OPTIMISTIC -> claimOptimistically(workerId, batchSize, filters);
    };
  }

  private List<E> claimLocked(String workerId, int batchSize, FetchFilters filters) {
    ClaimRequest request =
        new ClaimRequest(
            workerId, batchSize, leaseTtl, filters, ordering.enabled(), ordering.failedBlocksKey());
    return repository.claimPending(request);
  }

  private List<E> claimOptimistically(String workerId, int batchSize, FetchFilters filters) {
    List<E> claimed = new ArrayList<>();
    for (E candidate : repository.findClaimable(filters, leaseTtl, batchSize)) {
      Optional<E> leased = repository.tryClaim(candidate.id(), workerId, leaseTtl);
      if (leased.isPresent()) {
        claimed.add(leased.get());
      } else {
        LOG.claimLost(workerId, candidate.id());
      }
    }
    return claimed;
  }
}
