package dev.omnibox.ejb.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.storage.sql.DatabaseKind;
import dev.omnibox.ejb.storage.testing.DatabaseFixture;
import dev.omnibox.ejb.storage.testing.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The range-partitioned PostgreSQL variant. Its unique keys include created_at, so the shared
 * uniqueness tests (whose rows share one creation time) prove them within a partition only.
 */
class PostgresqlPartitionedSchemaTest extends SchemaContractTest {

  @Override
  DatabaseFixture createFixture() {
    return DatabaseFixture.postgresql();
  }

  @Override
  String ddlResource() {
    return DatabaseKind.partitionedPostgresqlResource();
  }

  @Test
  void dropPartitions_dropsOnlyFinishedOldPartitions() throws SQLException {
    execute("SELECT omnibox_create_partitions('outbox_events', DATE '2020-01-01', '1 month', 3)");
    insertOutbox(LocalDateTime.parse("2020-01-10T00:00:00"), "COMPLETED");
    insertOutbox(LocalDateTime.parse("2020-02-10T00:00:00"), "PENDING");

    int dropped =
        queryInt("SELECT omnibox_drop_partitions('outbox_events', TIMESTAMP '2020-04-01')");

    assertThat(dropped).isEqualTo(2);
    assertThat(
            queryInt(
                "SELECT COUNT(*) FROM outbox_events WHERE created_at < TIMESTAMP '2021-01-01'"))
        .isEqualTo(1);
    // to_regclass resolves the name on the search path, so tables of other schemas do not count.
    assertThat(queryInt("SELECT COUNT(to_regclass('outbox_events_p20200201'))")).isEqualTo(1);
  }

  @Test
  void partitionMaintenance_dropsOldPartitionsWithOnlyCompletedEvents() throws SQLException {
    execute("SELECT omnibox_create_partitions('outbox_events', DATE '2022-01-01', '1 month', 3)");
    execute("SELECT omnibox_create_partitions('inbox_events', DATE '2022-01-01', '1 month', 3)");
    insertOutbox(LocalDateTime.parse("2022-01-10T00:00:00"), "COMPLETED");
    insertOutbox(LocalDateTime.parse("2022-02-10T00:00:00"), "FAILED");
    insertOutbox(LocalDateTime.parse("2022-03-31T00:00:00"), "COMPLETED");
    insertInbox(LocalDateTime.parse("2022-01-10T00:00:00"), "COMPLETED");
    PartitionMaintenance maintenance = PartitionMaintenance.over(fixture().dataSource());

    assertThat(maintenance.isPartitioned()).isTrue();
    assertThat(maintenance.dropPartitionsBefore(Instant.parse("2022-03-01T00:00:00Z")))
        .isEqualTo(3);
    assertThat(partitionExists("outbox_events_p20220201")).isTrue();
    assertThat(partitionExists("outbox_events_p20220301")).isTrue();
    assertThat(partitionExists("inbox_events_p20220301")).isTrue();
    assertThat(partitionExists("outbox_events_p20220101")).isFalse();
    assertThat(partitionExists("inbox_events_p20220201")).isFalse();
    assertThat(
            queryInt(
                "SELECT COUNT(*) FROM outbox_events WHERE created_at >= TIMESTAMP '2022-01-01'"
                    + " AND created_at < TIMESTAMP '2023-01-01'"))
        .isEqualTo(2);
  }

  private boolean partitionExists(String name) throws SQLException {
    return queryInt("SELECT COUNT(to_regclass('" + name + "'))") == 1;
  }

  private void insertInbox(LocalDateTime createdAt, String status) throws SQLException {
    Map<String, Object> row = Rows.inbox();
    row.put("created_at", createdAt);
    row.put("status", status);
    row.put("completed_at", status.equals("COMPLETED") ? createdAt : null);
    Rows.insert(connection, "inbox_events", row);
  }

  private void insertOutbox(LocalDateTime createdAt, String status) throws SQLException {
    Map<String, Object> row = Rows.outbox();
    row.put("created_at", createdAt);
    row.put("status", status);
    row.put("completed_at", status.equals("COMPLETED") ? createdAt : null);
    Rows.insert(connection, "outbox_events", row);
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private int queryInt(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getInt(1);
    }
  }
}
