package dev.omnibox.ejb.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.ejb.storage.sql.DatabaseKind;
import dev.omnibox.ejb.storage.testing.DatabaseFixture;
import dev.omnibox.ejb.storage.testing.Rows;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Proves the shipped DDL file of one database: its check constraints reject bad rows and its unique
 * keys hold. Each subclass names the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SchemaContractTest {

  private static final LocalDateTime NOW = LocalDateTime.now(ZoneOffset.UTC);

  private DatabaseFixture fixture;
  Connection connection;

  /** Returns the database under test; may abort or fail when it is unreachable. */
  abstract DatabaseFixture createFixture();

  /** Returns the DDL resource under test: the database's shipped schema file by default. */
  String ddlResource() {
    return fixture.kind().schemaResource();
  }

  DatabaseFixture fixture() {
    return fixture;
  }

  @BeforeAll
  void createSchema() {
    fixture = createFixture();
    fixture.recreateSchema(ddlResource());
  }

  @BeforeEach
  void openConnection() throws SQLException {
    connection = fixture.dataSource().getConnection();
  }

  @AfterEach
  void closeConnection() throws SQLException {
    connection.close();
  }

  @Test
  void validRows_areAccepted() {
    assertThatCode(() -> Rows.insert(connection, "outbox_events", Rows.outbox()))
        .doesNotThrowAnyException();
    assertThatCode(() -> Rows.insert(connection, "inbox_events", Rows.inbox()))
        .doesNotThrowAnyException();
  }

  @Test
  void attemptsAboveMax_areRejected() {
    assertRejected("outbox_events", with(Rows.outbox(), "attempts_made", 4));
    assertRejected("inbox_events", with(Rows.inbox(), "attempts_made", 4));
  }

  @Test
  void attemptsEqualToMax_areAccepted() {
    assertThatCode(
            () -> Rows.insert(connection, "outbox_events", with(Rows.outbox(), "attempts_made", 3)))
        .doesNotThrowAnyException();
  }

  @Test
  void completedWithoutCompletedAt_isRejected() {
    assertRejected("outbox_events", with(Rows.outbox(), "status", "COMPLETED"));
    assertRejected("inbox_events", with(Rows.inbox(), "status", "COMPLETED"));
  }

  @Test
  void pendingWithCompletedAt_isRejected() {
    assertRejected("outbox_events", with(Rows.outbox(), "completed_at", NOW));
    assertRejected("inbox_events", with(Rows.inbox(), "completed_at", NOW));
  }

  @Test
  void completedWithCompletedAt_isAccepted() {
    Map<String, Object> row = with(Rows.outbox(), "status", "COMPLETED");
    row.put("completed_at", NOW);
    assertThatCode(() -> Rows.insert(connection, "outbox_events", row)).doesNotThrowAnyException();
  }

  @Test
  void lockedByWithoutLockedAt_isRejected() {
    assertRejected("outbox_events", with(Rows.outbox(), "locked_by", "worker-1"));
    assertRejected("inbox_events", with(Rows.inbox(), "locked_by", "worker-1"));
  }

  @Test
  void lockedAtWithoutLockedBy_isRejected() {
    assertRejected("outbox_events", with(Rows.outbox(), "locked_at", NOW));
    assertRejected("inbox_events", with(Rows.inbox(), "locked_at", NOW));
  }

  @Test
  void unknownStatus_isRejected() {
    assertRejected("outbox_events", with(Rows.outbox(), "status", "DONE"));
  }

  @Test
  void inboxMessageAndGroup_areUnique() throws SQLException {
    Map<String, Object> first = Rows.inbox();
    Rows.insert(connection, "inbox_events", first);

    Map<String, Object> sameKey = with(Rows.inbox(), "message_id", first.get("message_id"));
    assertRejected("inbox_events", sameKey);

    Map<String, Object> otherGroup = with(sameKey, "consumer_group", "g2");
    assertThatCode(() -> Rows.insert(connection, "inbox_events", otherGroup))
        .doesNotThrowAnyException();
  }

  @Test
  void idempotencyKey_isUniqueWhereSet() throws SQLException {
    Rows.insert(connection, "outbox_events", with(Rows.outbox(), "idempotency_key", "key-1"));
    assertRejected("outbox_events", with(Rows.outbox(), "idempotency_key", "key-1"));

    Rows.insert(connection, "outbox_events", with(Rows.outbox(), "idempotency_key", null));
    assertThatCode(
            () ->
                Rows.insert(
                    connection, "outbox_events", with(Rows.outbox(), "idempotency_key", null)))
        .doesNotThrowAnyException();
  }

  @Test
  void idempotencyKey_comparesCaseSensitively() throws SQLException {
    Rows.insert(connection, "outbox_events", with(Rows.outbox(), "idempotency_key", "Key-A"));
    assertThatCode(
            () ->
                Rows.insert(
                    connection, "outbox_events", with(Rows.outbox(), "idempotency_key", "key-a")))
        .doesNotThrowAnyException();
  }

  @Test
  void inboxIdempotencyKey_isUniquePerGroup() throws SQLException {
    Rows.insert(connection, "inbox_events", with(Rows.inbox(), "idempotency_key", "in-1"));
    assertRejected("inbox_events", with(Rows.inbox(), "idempotency_key", "in-1"));
    assertThatCode(
            () ->
                Rows.insert(
                    connection,
                    "inbox_events",
                    with(with(Rows.inbox(), "idempotency_key", "in-1"), "consumer_group", "g2")))
        .doesNotThrowAnyException();
  }

  @Test
  void deadLetterTable_exists() throws SQLException {
    assertThat(countRows("dead_letter_events")).isZero();
  }

  /** PostgreSQL locks ordering keys with advisory locks; MariaDB and H2 lock a row per key. */
  @Test
  void keyTable_existsExceptOnPostgresql() throws SQLException {
    if (fixture.kind() == DatabaseKind.POSTGRESQL) {
      assertThatThrownBy(() -> countRows("omnibox_partition_keys"))
          .isInstanceOf(SQLException.class);
    } else {
      assertThat(countRows("omnibox_partition_keys")).isZero();
    }
  }

  private long countRows(String table) throws SQLException {
    try (var statement = connection.createStatement();
        var result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      assertThat(result.next()).isTrue();
      return result.getLong(1);
    }
  }

  private void assertRejected(String table, Map<String, Object> row) {
    assertThatThrownBy(() -> Rows.insert(connection, table, row))
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("23"));
  }

  static Map<String, Object> with(Map<String, Object> row, String column, Object value) {
    row.put(column, value);
    return row;
  }
}
