package dev.omnibox.it.outbox;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.ClaimRequest;
import dev.omnibox.spi.FailureUpdate;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.InsertResult;
import dev.omnibox.spi.OutboxRepository;
import dev.omnibox.spi.RepositoryCapabilities;
import dev.omnibox.testing.InMemoryOutboxRepository;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stand-in for the JPA storage in these tests: an in-memory repository whose inserts made in a JTA
 * transaction become visible only when that transaction commits, and are dropped on rollback. The
 * rows are applied in {@code beforeCompletion}, the last moment before the commit, so that the fast
 * path, which runs after the commit, finds them; a commit that fails after that point would leave
 * them visible, which no test here provokes.
 *
 * <p>TODO: replace with the JPA {@code OutboxRepository} once the storage is on main, so that these
 * tests also cover the row in PostgreSQL.
 */
final class BufferedOutboxRepository implements OutboxRepository {

  private static final Object RESOURCE_KEY = new Object();

  private final InMemoryOutboxRepository rows;
  private final TransactionSynchronizationRegistry transactions;

  BufferedOutboxRepository(
      InMemoryOutboxRepository rows, TransactionSynchronizationRegistry transactions) {
    this.rows = rows;
    this.transactions = transactions;
  }

  @Override
  public synchronized InsertResult<OutboxEvent> insert(OutboxEvent event) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return rows.insert(event);
    }
    pending().add(event);
    return InsertResult.inserted(event);
  }

  @SuppressWarnings("unchecked")
  private List<OutboxEvent> pending() {
    List<OutboxEvent> events = (List<OutboxEvent>) transactions.getResource(RESOURCE_KEY);
    if (events == null) {
      List<OutboxEvent> created = new ArrayList<>();
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              created.forEach(rows::insert);
            }

            @Override
            public void afterCompletion(int status) {
              // Rows of a rolled-back transaction were never applied.
            }
          });
      transactions.putResource(RESOURCE_KEY, created);
      events = created;
    }
    return events;
  }

  @Override
  public RepositoryCapabilities capabilities() {
    return rows.capabilities();
  }

  @Override
  public boolean exists(UUID id) {
    return rows.exists(id);
  }

  @Override
  public Optional<OutboxEvent> findById(UUID id) {
    return rows.findById(id);
  }

  @Override
  public List<OutboxEvent> claimPending(ClaimRequest request) {
    return rows.claimPending(request);
  }

  @Override
  public List<OutboxEvent> findClaimable(FetchFilters filters, Duration leaseTtl, int limit) {
    return rows.findClaimable(filters, leaseTtl, limit);
  }

  @Override
  public Optional<OutboxEvent> tryClaim(UUID id, String workerId, Duration leaseTtl) {
    return rows.tryClaim(id, workerId, leaseTtl);
  }

  @Override
  public int markCompleted(String workerId, Collection<UUID> ids) {
    return rows.markCompleted(workerId, ids);
  }

  @Override
  public int markFailed(String workerId, Collection<FailureUpdate> failures) {
    return rows.markFailed(workerId, failures);
  }

  @Override
  public int releaseStaleLocks(Duration leaseTtl, int batchSize) {
    return rows.releaseStaleLocks(leaseTtl, batchSize);
  }

  @Override
  public int deleteCompletedBefore(Instant cutoff, int batchSize) {
    return rows.deleteCompletedBefore(cutoff, batchSize);
  }

  @Override
  public int requeueFailed(Collection<UUID> ids) {
    return rows.requeueFailed(ids);
  }

  @Override
  public boolean forceUnlock(UUID id, String reason) {
    return rows.forceUnlock(id, reason);
  }

  @Override
  public int moveToDeadLetters(Collection<UUID> ids, String reason) {
    return rows.moveToDeadLetters(ids, reason);
  }
}
