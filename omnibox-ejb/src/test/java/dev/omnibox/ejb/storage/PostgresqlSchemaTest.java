package dev.omnibox.ejb.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.storage.jdbc.StorageSession;
import dev.omnibox.ejb.storage.sql.DatabaseKind;
import dev.omnibox.ejb.storage.sql.EventSql;
import dev.omnibox.ejb.storage.sql.Params;
import dev.omnibox.ejb.storage.sql.SqlDialect;
import dev.omnibox.ejb.storage.testing.DatabaseFixture;
import dev.omnibox.spi.ClaimRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresqlSchemaTest extends SchemaContractTest {

  @Override
  DatabaseFixture createFixture() {
    return DatabaseFixture.postgresql();
  }

  @Test
  void partitionMaintenance_dropsNothingOnPlainTables() {
    PartitionMaintenance maintenance = PartitionMaintenance.over(fixture().dataSource());

    assertThat(maintenance.isPartitioned()).isFalse();
    assertThat(maintenance.dropPartitionsBefore(Instant.now())).isZero();
  }

  @Test
  void claimQuery_usesPendingIndexOnLargeHistory() throws SQLException {
    fillHistory(100_000);

    List<String> plan = explainClaim(ClaimRequest.of("w", 100, Duration.ofSeconds(30)));

    assertThat(String.join("\n", plan)).contains("outbox_events_pending_ix");
    assertThat(plan).noneMatch(line -> line.contains("Seq Scan on outbox_events"));
  }

  @Test
  void orderedClaimQuery_staysOnIndexes() throws SQLException {
    fillHistory(100_000);

    List<String> plan =
        explainClaim(
            ClaimRequest.of("w", 100, Duration.ofSeconds(30)).withPerKeyOrdering(true, true));

    assertThat(String.join("\n", plan)).contains("outbox_events_pending_ix");
    assertThat(plan).noneMatch(line -> line.contains("Seq Scan on outbox_events"));
  }

  /** Explains the candidate query that the outbox repository issues for this request. */
  private List<String> explainClaim(ClaimRequest request) throws SQLException {
    StorageOptions options = StorageOptions.defaults().withDatabaseKind(DatabaseKind.POSTGRESQL);
    JpaOutboxRepository repository =
        new JpaOutboxRepository(StorageSession.of(fixture().dataSource()), options);
    EventSql sql =
        new EventSql(
            SqlDialect.of(DatabaseKind.POSTGRESQL), "outbox_events", EventSql.OUTBOX_COLUMNS);
    Params params = new Params(sql.dialect());
    String candidates = repository.candidates(sql, request, params);
    return explain(candidates, params);
  }

  @Test
  void retentionDelete_usesCompletedIndexOnLargeHistory() throws SQLException {
    fillHistory(100_000);

    List<String> plan =
        explain(
            "SELECT id FROM outbox_events WHERE status = 'COMPLETED' AND completed_at < ?"
                + " ORDER BY completed_at LIMIT ?",
            new Params(SqlDialect.of(DatabaseKind.POSTGRESQL))
                .add(Instant.parse("2000-01-01T00:00:00Z"))
                .add(500));

    assertThat(String.join("\n", plan)).contains("outbox_events_completed_ix");
  }

  /** Inserts completed history plus a few pending rows, then refreshes the planner statistics. */
  private void fillHistory(int completedRows) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE outbox_events");
      statement.execute(
          "INSERT INTO outbox_events (id, event_type, payload, status, attempts_made, max_attempts,"
              + " scheduled_at, completed_at, created_at, updated_at, topic)"
              + " SELECT gen_random_uuid(), 'OrderPlaced', '{}', 'COMPLETED', 1, 3, t, t, t, t,"
              + " 'orders' FROM (SELECT timestamp '2020-01-01' + n * interval '1 second' AS t"
              + " FROM generate_series(1, "
              + completedRows
              + ") n) s");
      statement.execute(
          "INSERT INTO outbox_events (id, event_type, payload, status, attempts_made, max_attempts,"
              + " scheduled_at, created_at, updated_at, topic, partition_key)"
              + " SELECT gen_random_uuid(), 'OrderPlaced', '{}', 'PENDING', 0, 3, t, t, t, 'orders',"
              + " 'key-' || (n % 50) FROM (SELECT n, timestamp '2021-01-01' + n * interval '1 second'"
              + " AS t FROM generate_series(1, 200) n) s");
      statement.execute("ANALYZE outbox_events");
    }
  }

  private List<String> explain(String sql, Params params) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement statement = connection.prepareStatement("EXPLAIN " + sql)) {
      params.bind(statement);
      List<String> lines = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          lines.add(result.getString(1));
        }
      }
      return lines;
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }
}
