package dev.omnibox.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The claim and the completion in plain JDBC with no omnibox code: the limit the repository is
 * measured against. Like the relay, it commits the lease in one transaction and the completion in a
 * second, and it reads every column of the claimed rows.
 */
final class RawJdbcWorker implements ClaimCompleteWorker {

  private final Connection connection;
  private final SqlDialect dialect;
  private final String workerId;
  private final long leaseTtlMillis;
  private final boolean leaseInClaim;
  private final PreparedStatement claim;
  private final Map<Integer, PreparedStatement> leases = new HashMap<>();
  private final Map<Integer, PreparedStatement> completions = new HashMap<>();

  RawJdbcWorker(
      Connection connection, SqlDialect dialect, String workerId, int batchSize, Duration leaseTtl)
      throws SQLException {
    this.connection = connection;
    this.dialect = dialect;
    this.workerId = workerId;
    this.leaseTtlMillis = leaseTtl.toMillis();
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    String claimWithLease = dialect.claimWithLease(batchSize);
    this.leaseInClaim = claimWithLease != null;
    this.claim =
        connection.prepareStatement(
            leaseInClaim ? claimWithLease : dialect.selectClaimable(batchSize));
  }

  /** Returns a factory of raw workers on {@code database}. */
  static WorkerFactory factory(Database database, int batchSize, Duration leaseTtl) {
    return (workerId, connection) ->
        new RawJdbcWorker(connection, database.dialect(), workerId, batchSize, leaseTtl);
  }

  @Override
  public BatchOutcome claimAndComplete() throws SQLException {
    try {
      List<UUID> ids = claim();
      int completed = ids.isEmpty() ? 0 : complete(ids);
      return new BatchOutcome(ids.size(), completed);
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private List<UUID> claim() throws SQLException {
    claim.setLong(1, leaseTtlMillis);
    if (leaseInClaim) {
      claim.setString(2, workerId);
    }
    List<UUID> ids = readRows(claim);
    if (!leaseInClaim && !ids.isEmpty()) {
      updateByIds(leases, dialect::lease, ids);
    }
    connection.commit();
    return ids;
  }

  private int complete(List<UUID> ids) throws SQLException {
    int completed = updateByIds(completions, dialect::complete, ids);
    connection.commit();
    return completed;
  }

  /** Runs an update whose parameters are the worker id and then the ids. */
  private int updateByIds(
      Map<Integer, PreparedStatement> statements, IntFunction<String> sql, List<UUID> ids)
      throws SQLException {
    PreparedStatement statement = statements.get(ids.size());
    if (statement == null) {
      statement = connection.prepareStatement(sql.apply(ids.size()));
      statements.put(ids.size(), statement);
    }
    statement.setString(1, workerId);
    for (int i = 0; i < ids.size(); i++) {
      statement.setObject(i + 2, dialect.idParameter(ids.get(i)));
    }
    return statement.executeUpdate();
  }

  private static List<UUID> readRows(PreparedStatement query) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int column = 1; column <= columns; column++) {
          readFully(rows.getObject(column));
        }
        ids.add(toUuid(rows.getObject("id")));
      }
    }
    return ids;
  }

  /** Reads a character LOB to its end, as mapping it to an event would. */
  private static void readFully(Object value) throws SQLException {
    if (value instanceof Clob clob) {
      try (Reader reader = clob.getCharacterStream()) {
        reader.transferTo(Writer.nullWriter());
      } catch (IOException e) {
        throw new SQLException("Failed to read a CLOB column", e);
      }
    }
  }

  private static UUID toUuid(Object id) {
    return id instanceof UUID uuid ? uuid : UUID.fromString(id.toString());
  }
}
