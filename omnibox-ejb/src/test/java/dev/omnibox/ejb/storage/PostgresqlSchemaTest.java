package dev.omnibox.ejb.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.storage.testing.DatabaseFixture;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresqlSchemaTest extends SchemaContractTest {

  /** The claim's candidate query, as the PostgreSQL dialect issues it. */
  static final String CLAIM_CANDIDATES =
      "SELECT id FROM outbox_events"
          + " WHERE status = 'PENDING'"
          + " AND scheduled_at <= (statement_timestamp() AT TIME ZONE 'UTC')"
          + " AND (locked_at IS NULL OR locked_at < (statement_timestamp() AT TIME ZONE 'UTC')"
          + " - make_interval(secs => ?))"
          + " ORDER BY scheduled_at, seq LIMIT ? FOR UPDATE SKIP LOCKED";

  @Override
  DatabaseFixture createFixture() {
    return DatabaseFixture.postgresql();
  }

  @Test
  void claimQuery_usesPendingIndexOnLargeHistory() throws SQLException {
    fillHistory(100_000);

    List<String> plan = explain(CLAIM_CANDIDATES, 30.0, 100);

    assertThat(String.join("\n", plan)).contains("outbox_events_pending_ix");
    assertThat(plan).noneMatch(line -> line.contains("Seq Scan on outbox_events"));
  }

  @Test
  void retentionDelete_usesCompletedIndexOnLargeHistory() throws SQLException {
    fillHistory(100_000);

    List<String> plan =
        explain(
            "SELECT id FROM outbox_events WHERE status = 'COMPLETED' AND completed_at < ?::timestamp"
                + " ORDER BY completed_at LIMIT ?",
            "2000-01-01 00:00:00",
            500);

    assertThat(String.join("\n", plan)).contains("outbox_events_completed_ix");
  }

  /** Inserts completed history plus a few pending rows, then refreshes the planner statistics. */
  private void fillHistory(int completedRows) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE outbox_events");
      statement.execute(
          "INSERT INTO outbox_events (id, event_type, payload, status, attempts_made, max_attempts,"
              + " scheduled_at, completed_at, created_at, updated_at, topic)"
              + " SELECT gen_random_uuid(), 'OrderPlaced', '{}', 'COMPLETED', 0, 3, t, t, t, t,"
              + " 'orders' FROM (SELECT timestamp '2020-01-01' + n * interval '1 second' AS t"
              + " FROM generate_series(1, "
              + completedRows
              + ") n) s");
      statement.execute(
          "INSERT INTO outbox_events (id, event_type, payload, status, attempts_made, max_attempts,"
              + " scheduled_at, created_at, updated_at, topic)"
              + " SELECT gen_random_uuid(), 'OrderPlaced', '{}', 'PENDING', 0, 3, t, t, t, 'orders'"
              + " FROM (SELECT timestamp '2021-01-01' + n * interval '1 second' AS t"
              + " FROM generate_series(1, 200) n) s");
      statement.execute("ANALYZE outbox_events");
    }
  }

  private List<String> explain(String sql, Object... parameters) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement statement = connection.prepareStatement("EXPLAIN " + sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
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
