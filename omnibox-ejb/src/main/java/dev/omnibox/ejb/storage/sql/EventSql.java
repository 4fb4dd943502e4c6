package dev.omnibox.ejb.storage.sql;

import java.util.List;
import java.util.Objects;

/**
 * The statements of one event table ({@code outbox_events} or {@code inbox_events}) in one dialect.
 * Statements that take a variable number of ids or filters are built per call from the fragments
 * here.
 */
public final class EventSql {

  /** Columns shared by both event tables, in insert order. */
  public static final List<String> COMMON_COLUMNS =
      List.of(
          "id",
          "event_type",
          "payload",
          "headers",
          "schema_version",
          "trace_id",
          "correlation_id",
          "causation_id",
          "idempotency_key",
          "status",
          "attempts_made",
          "max_attempts",
          "last_error",
          "scheduled_at",
          "completed_at",
          "locked_by",
          "locked_at",
          "created_at",
          "updated_at",
          "partition_key",
          "key_hash");

  public static final List<String> OUTBOX_COLUMNS =
      List.of("aggregate_type", "aggregate_id", "topic");

  public static final List<String> INBOX_COLUMNS =
      List.of("message_id", "consumer_group", "source");

  private final SqlDialect dialect;
  private final String table;
  private final List<String> columns;

  public EventSql(SqlDialect dialect, String table, List<String> kindColumns) {
    this.dialect = Objects.requireNonNull(dialect, "dialect must not be null");
    this.table = Objects.requireNonNull(table, "table must not be null");
    this.columns =
        List.copyOf(
            java.util.stream.Stream.concat(COMMON_COLUMNS.stream(), kindColumns.stream()).toList());
  }

  public SqlDialect dialect() {
    return dialect;
  }

  public String table() {
    return table;
  }

  /** Returns the insert columns in order: the common ones, then the table's own. */
  public List<String> columns() {
    return columns;
  }

  /** Returns the plain insert of every column. */
  public String insert() {
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns)
        + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
        + ")";
  }

  /** Returns the select of every column plus seq, without a WHERE clause. */
  public String selectAll() {
    return "SELECT seq, " + String.join(", ", columns) + " FROM " + table;
  }

  /**
   * Returns the condition that makes a row claimable: PENDING, due, and unlocked or leased longer
   * ago than the TTL parameter. Parameters: the lease TTL.
   */
  public String claimable() {
    return "status = 'PENDING' AND scheduled_at <= "
        + dialect.now()
        + " AND (locked_at IS NULL OR locked_at < "
        + dialect.nowMinusParameter()
        + ")";
  }

  /**
   * Returns the condition that no earlier event of the candidate's key (alias {@code c}) is
   * unfinished: PENDING (locked or not) or, when {@code failedBlocks}, FAILED. For the inbox the
   * key is scoped by the consumer group. Needs no parameters.
   */
  public String noEarlierUnfinished(boolean failedBlocks, boolean scopedByGroup) {
    String statuses = failedBlocks ? "('PENDING', 'FAILED')" : "('PENDING')";
    String group = scopedByGroup ? " AND b.consumer_group = c.consumer_group" : "";
    return "(c.partition_key IS NULL OR NOT EXISTS (SELECT 1 FROM "
        + table
        + " b WHERE b.partition_key = c.partition_key"
        + group
        + " AND b.seq < c.seq AND b.status IN "
        + statuses
        + "))";
  }

  /** Returns the assignments that set the lease to one worker parameter. */
  public String setLease() {
    return "locked_by = ?, locked_at = " + dialect.now() + ", updated_at = " + dialect.now();
  }

  /** Returns the update that marks leased rows COMPLETED. Parameters: worker, then the ids. */
  public String markCompleted(int idCount) {
    return "UPDATE "
        + table
        + " SET status = 'COMPLETED', attempts_made = LEAST(attempts_made + 1, max_attempts),"
        + " completed_at = "
        + dialect.now()
        + ", locked_by = NULL, locked_at = NULL, updated_at = "
        + dialect.now()
        + " WHERE locked_by = ? AND status = 'PENDING' AND "
        + SqlDialect.inList("id", idCount);
  }

  /**
   * Returns the release of the leases on {@code idCount} PENDING rows of one worker, leaving
   * attempts, schedule and last error alone. Parameters: worker, then the ids.
   */
  public String releaseLeases(int idCount) {
    return "UPDATE "
        + table
        + " SET locked_by = NULL, locked_at = NULL, updated_at = "
        + dialect.now()
        + " WHERE locked_by = ? AND status = 'PENDING' AND "
        + SqlDialect.inList("id", idCount);
  }

  /**
   * Returns the update of one failure, for a JDBC batch. Parameters: mode (0 not counted, 1
   * counted, 2 final) four times, the next attempt time, the mode twice more, the error, the id,
   * the worker. The assignments are ordered so that MariaDB, which assigns left to right with the
   * new values, computes status and schedule from the attempts before they change.
   */
  public String markFailed() {
    String ends = "(? = 2 OR (? = 1 AND attempts_made + 1 >= max_attempts))";
    return "UPDATE "
        + table
        + " SET status = CASE WHEN "
        + ends
        + " THEN 'FAILED' ELSE 'PENDING' END, scheduled_at = CASE WHEN "
        + ends
        + " THEN scheduled_at ELSE COALESCE(?, "
        + dialect.now()
        + ") END, attempts_made = CASE WHEN ? = 2 THEN max_attempts"
        + " WHEN ? = 1 THEN LEAST(attempts_made + 1, max_attempts) ELSE attempts_made END,"
        + " last_error = ?, locked_by = NULL, locked_at = NULL, updated_at = "
        + dialect.now()
        + " WHERE id = ? AND locked_by = ? AND status = 'PENDING'";
  }

  /** Returns the update that puts FAILED rows back to PENDING. Parameters: the ids. */
  public String requeueFailed(int idCount) {
    return "UPDATE "
        + table
        + " SET status = 'PENDING', attempts_made = 0, scheduled_at = "
        + dialect.now()
        + ", locked_by = NULL, locked_at = NULL, updated_at = "
        + dialect.now()
        + " WHERE status = 'FAILED' AND "
        + SqlDialect.inList("id", idCount);
  }

  /** Returns the update that clears any lease of one row. Parameters: reason, id. */
  public String forceUnlock() {
    return "UPDATE "
        + table
        + " SET locked_by = NULL, locked_at = NULL, last_error = ?, updated_at = "
        + dialect.now()
        + " WHERE id = ? AND locked_by IS NOT NULL";
  }

  /** Returns the conditional lease of one row. Parameters: worker, id, lease TTL. */
  public String tryClaim() {
    return "UPDATE " + table + " SET " + setLease() + " WHERE id = ? AND " + claimable();
  }

  /** Returns the release of leases older than a TTL. Parameters: TTL, batch size. */
  public String releaseStaleLocks() {
    String assignments = " SET locked_by = NULL, locked_at = NULL, updated_at = " + dialect.now();
    String stale = "locked_at < " + dialect.nowMinusParameter();
    return switch (dialect.kind()) {
      case POSTGRESQL ->
          "UPDATE "
              + table
              + assignments
              + " WHERE id IN (SELECT id FROM "
              + table
              + " WHERE "
              + stale
              + " ORDER BY locked_at LIMIT ? FOR UPDATE SKIP LOCKED)";
      case MARIADB ->
          "UPDATE " + table + assignments + " WHERE " + stale + " ORDER BY locked_at LIMIT ?";
      case H2 ->
          "UPDATE "
              + table
              + assignments
              + " WHERE id IN (SELECT id FROM "
              + table
              + " WHERE "
              + stale
              + " ORDER BY locked_at FETCH FIRST ? ROWS ONLY)";
    };
  }

  /** Returns the bounded retention delete. Parameters: cut-off time, batch size. */
  public String deleteCompletedBefore() {
    String old = "status = 'COMPLETED' AND completed_at < ?";
    return switch (dialect.kind()) {
      case POSTGRESQL ->
          "DELETE FROM "
              + table
              + " WHERE id IN (SELECT id FROM "
              + table
              + " WHERE "
              + old
              + " ORDER BY completed_at LIMIT ? FOR UPDATE SKIP LOCKED)";
      case MARIADB -> "DELETE FROM " + table + " WHERE " + old + " ORDER BY completed_at LIMIT ?";
      case H2 -> "DELETE FROM " + table + " WHERE " + old + " FETCH FIRST ? ROWS ONLY";
    };
  }
}
