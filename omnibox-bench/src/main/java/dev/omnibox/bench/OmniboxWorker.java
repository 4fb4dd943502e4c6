package dev.omnibox.bench;

import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.ClaimRequest;
import dev.omnibox.spi.OutboxRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A worker that claims and completes through the omnibox outbox repository over its own connection.
 *
 * <p>The connection has auto-commit off, which the repository takes for a transaction its caller
 * owns, as a JTA transaction in a server is. The worker commits after the claim and after the
 * completion, as the relay's two transactions do, so both variants commit twice per batch.
 */
final class OmniboxWorker implements ClaimCompleteWorker {

  private final Connection connection;
  private final OutboxRepository outbox;
  private final ClaimRequest request;

  private OmniboxWorker(Connection connection, OutboxRepository outbox, ClaimRequest request) {
    this.connection = connection;
    this.outbox = outbox;
    this.request = request;
  }

  /** Returns a factory of omnibox workers; the storage detects the database from the connection. */
  static WorkerFactory factory(int batchSize, Duration leaseTtl) {
    return (workerId, connection) -> {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      OutboxRepository outbox =
          OmniboxStorage.over(new SingleConnectionDataSource(connection), StorageOptions.defaults())
              .outbox();
      return new OmniboxWorker(connection, outbox, ClaimRequest.of(workerId, batchSize, leaseTtl));
    };
  }

  @Override
  public BatchOutcome claimAndComplete() throws SQLException {
    try {
      List<OutboxEvent> events = outbox.claimPending(request);
      connection.commit();
      if (events.isEmpty()) {
        return new BatchOutcome(0, 0);
      }
      List<UUID> ids = new ArrayList<>(events.size());
      for (OutboxEvent event : events) {
        ids.add(event.id());
      }
      int completed = outbox.markCompleted(request.workerId(), ids);
      connection.commit();
      return new BatchOutcome(events.size(), completed);
    } catch (RuntimeException | SQLException e) {
      connection.rollback();
      throw e;
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
