package dev.omnibox.ejb.outbox;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.ClaimRequest;
import dev.omnibox.spi.FailureUpdate;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.InsertResult;
import dev.omnibox.spi.OutboxRepository;
import dev.omnibox.spi.RepositoryCapabilities;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Insert-only fake of {@link OutboxRepository}: rows in insert order, no transactions. */
final class InsertOnlyOutboxRepository implements OutboxRepository {

  private final List<OutboxEvent> rows = new ArrayList<>();

  List<OutboxEvent> rows() {
    return List.copyOf(rows);
  }

  @Override
  public InsertResult<OutboxEvent> insert(OutboxEvent event) {
    if (event.idempotencyKey() != null) {
      Optional<OutboxEvent> existing =
          rows.stream()
              .filter(row -> event.idempotencyKey().equals(row.idempotencyKey()))
              .findAny();
      if (existing.isPresent()) {
        return InsertResult.duplicateOf(existing.get());
      }
    }
    rows.add(event);
    return InsertResult.inserted(event);
  }

  @Override
  public boolean exists(UUID id) {
    return findById(id).isPresent();
  }

  @Override
  public Optional<OutboxEvent> findById(UUID id) {
    return rows.stream().filter(row -> row.id().equals(id)).findAny();
  }

  @Override
  public RepositoryCapabilities capabilities() {
    throw unsupported();
  }

  @Override
  public List<OutboxEvent> claimPending(ClaimRequest request) {
    throw unsupported();
  }

  @Override
  public List<OutboxEvent> findClaimable(FetchFilters filters, Duration leaseTtl, int limit) {
    throw unsupported();
  }

  @Override
  public Optional<OutboxEvent> tryClaim(UUID id, String workerId, Duration leaseTtl) {
    throw unsupported();
  }

  @Override
  public int markCompleted(String workerId, Collection<UUID> ids) {
    throw unsupported();
  }

  @Override
  public int markFailed(String workerId, Collection<FailureUpdate> failures) {
    throw unsupported();
  }

  @Override
  public int releaseLeases(String workerId, Collection<UUID> ids) {
    throw unsupported();
  }

  @Override
  public int releaseStaleLocks(Duration leaseTtl, int batchSize) {
    throw unsupported();
  }

  @Override
  public int deleteCompletedBefore(Instant cutoff, int batchSize) {
    throw unsupported();
  }

  @Override
  public int requeueFailed(Collection<UUID> ids) {
    throw unsupported();
  }

  @Override
  public boolean forceUnlock(UUID id, String reason) {
    throw unsupported();
  }

  @Override
  public int moveToDeadLetters(Collection<UUID> ids, String reason) {
    throw unsupported();
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("the outbox writer only inserts");
  }
}
