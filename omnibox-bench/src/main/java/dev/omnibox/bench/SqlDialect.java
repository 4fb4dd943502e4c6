package dev.omnibox.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of one database: the bulk loads, the raw claim and completion, and maintenance.
 *
 * <p>Every statement works on {@code outbox_events} and uses the database clock in UTC, as the
 * omnibox schema stores timestamps.
 */
sealed interface SqlDialect permits PostgresDialect, MariaDbDialect, H2Dialect {

  /** The history rows span this window, ending two days before the load. */
  long HISTORY_SPAN_MICROS = 28L * 24 * 3600 * 1_000_000;

  /** Returns the classpath resource of the omnibox DDL, as omnibox-ejb ships it. */
  String schemaResource();

  /** Returns an expression of the current UTC time on the database clock. */
  String nowUtc();

  /** Returns {@code timestamp} plus {@code micros} microseconds, both SQL expressions. */
  String plusMicros(String timestamp, String micros);

  /** Returns the current UTC time minus the lease TTL, bound as milliseconds. */
  String leaseExpiredBefore();

  /** Returns a FROM item of the whole numbers {@code first} to {@code last} in column g. */
  String numbers(long first, long last);

  /**
   * Returns an expression that makes a new time-ordered id of the id column's type, in the UUID
   * version 7 layout that omnibox gives new events: the first 48 bits hold Unix milliseconds, so
   * later rows get larger ids and land on the last pages of the id index. The expression may use
   * the row number {@code g} of {@link #numbers}.
   */
  String newUuid();

  /** Returns the SQL string concatenation of the given expressions. */
  String concat(String... parts);

  /** Returns statements that refresh the planner statistics after a bulk change. */
  List<String> maintenance();

  /**
   * Waits until the database has finished the background work a bulk change left behind, so that
   * one round's deletes do not slow the next round's claims.
   *
   * @return false when the wait timed out and the work is still running
   */
  default boolean awaitBackgroundWork(Connection admin) throws SQLException {
    return true;
  }

  /** Returns the prefix that makes a query print its plan. */
  String explainPrefix();

  /** Converts an event id to the JDBC parameter value of the id column. */
  default Object idParameter(UUID id) {
    return id;
  }

  /**
   * Returns the claim in one statement that also writes the lease, or null when the database needs
   * {@link #selectClaimable} followed by {@link #lease}. Parameters: lease TTL in ms, worker id.
   */
  default String claimWithLease(int batchSize) {
    return null;
  }

  /**
   * Returns the claimable rows, oldest first, locked and skipping rows that others lock. Parameter:
   * lease TTL in ms.
   */
  default String selectClaimable(int batchSize) {
    return "SELECT * FROM outbox_events WHERE "
        + claimableCondition()
        + " ORDER BY "
        + claimOrder()
        + limit(batchSize)
        + " FOR UPDATE SKIP LOCKED";
  }

  /** Returns the ORDER BY list of the claim, oldest first. */
  default String claimOrder() {
    return "scheduled_at, seq";
  }

  /** Returns the condition of a claimable row. Parameter: lease TTL in ms. */
  default String claimableCondition() {
    return "status = 'PENDING' AND scheduled_at <= "
        + nowUtc()
        + " AND (locked_at IS NULL OR locked_at < "
        + leaseExpiredBefore()
        + ")";
  }

  /** Returns the row limit clause that follows ORDER BY. */
  default String limit(int batchSize) {
    return " LIMIT " + batchSize;
  }

  /** Returns the update that leases {@code count} rows. Parameters: worker id, then the ids. */
  default String lease(int count) {
    return "UPDATE outbox_events SET locked_by = ?, locked_at = "
        + nowUtc()
        + ", updated_at = "
        + nowUtc()
        + " WHERE id IN ("
        + placeholders(count)
        + ")";
  }

  /**
   * Returns the update that completes {@code count} rows still leased by the worker. Parameters:
   * worker id, then the ids.
   */
  default String complete(int count) {
    return "UPDATE outbox_events SET status = 'COMPLETED', completed_at = "
        + nowUtc()
        + ", updated_at = "
        + nowUtc()
        + ", locked_by = NULL, locked_at = NULL WHERE locked_by = ? AND id IN ("
        + placeholders(count)
        + ")";
  }

  /**
   * Returns the insert of COMPLETED history rows {@code first} to {@code last} of {@code total}.
   */
  default String insertHistory(long first, long last, long total) {
    long step = Math.max(1, HISTORY_SPAN_MICROS / Math.max(1, total));
    String createdAt =
        plusMicros(nowUtc(), "g * " + step + " - " + (HISTORY_SPAN_MICROS + 2 * 86_400_000_000L));
    return insertRows(first, last, "'COMPLETED'", "1", createdAt, plusMicros(createdAt, "5000"));
  }

  /** Returns the insert of PENDING rows {@code first} to {@code last}, due since an hour ago. */
  default String insertSupply(long first, long last) {
    String createdAt = plusMicros(nowUtc(), "g - 3600000000");
    return insertRows(first, last, "'PENDING'", "0", createdAt, "NULL");
  }

  /** Returns the deletes that remove every row the rounds loaded or completed. */
  default List<String> deleteRoundRows() {
    return List.of(
        "DELETE FROM outbox_events WHERE status = 'PENDING'",
        "DELETE FROM outbox_events WHERE status = 'COMPLETED' AND completed_at > "
            + plusMicros(nowUtc(), "-86400000000"));
  }

  private String insertRows(
      long first, long last, String status, String attempts, String createdAt, String doneAt) {
    String payload =
        concat(
            "'{\"orderId\":'",
            "g",
            "',\"customer\":\"c-42\",\"lines\":[{\"sku\":\"A-100\",\"qty\":2},"
                + "{\"sku\":\"B-7\",\"qty\":1}],\"total\":\"129.90\",\"currency\":\"EUR\"}'");
    String updatedAt = doneAt.equals("NULL") ? createdAt : doneAt;
    return "INSERT INTO outbox_events (id, event_type, schema_version, payload, status, attempts_made,"
        + " max_attempts, scheduled_at, completed_at, created_at, updated_at, topic,"
        + " aggregate_type, aggregate_id) SELECT "
        + String.join(
            ", ",
            newUuid(),
            "'OrderPlaced'",
            "'1.0'",
            payload,
            status,
            attempts,
            "10",
            createdAt,
            doneAt,
            createdAt,
            updatedAt,
            "'orders'",
            "'Order'",
            concat("'order-'", "g"))
        + " FROM "
        + numbers(first, last);
  }

  /**
   * Returns the canonical UUID text (8-4-4-4-12) of an expression of 32 hex digits, built with the
   * {@code INSERT} string function of MariaDB and H2 so that the digits are computed once.
   */
  static String uuidText(String hexDigits) {
    String text = hexDigits;
    for (int position : new int[] {9, 14, 19, 24}) {
      text = "INSERT(" + text + ", " + position + ", 0, '-')";
    }
    return "LOWER(" + text + ")";
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
