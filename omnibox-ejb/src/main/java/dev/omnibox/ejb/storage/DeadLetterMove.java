package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.sql.EventSql;
import dev.omnibox.ejb.storage.sql.Params;
import dev.omnibox.ejb.storage.sql.SqlDialect;
import dev.omnibox.spi.EventKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moves FAILED rows of one event table to dead_letter_events inside the caller's transaction: lock
 * them, copy them with the reason, delete them. A moved event keeps its id as the dead letter's id.
 */
final class DeadLetterMove {

  private final EventSql sql;
  private final EventKind kind;
  private final String reason;

  DeadLetterMove(EventSql sql, EventKind kind, String reason) {
    this.sql = sql;
    this.kind = kind;
    this.reason = reason;
  }

  /** Moves those of the ids that are FAILED and returns the ids moved. */
  List<UUID> move(Connection connection, List<UUID> ids) throws SQLException {
    List<UUID> failed = lockFailed(connection, ids);
    if (failed.isEmpty()) {
      return failed;
    }
    String idList = SqlDialect.inList("id", failed.size());
    execute(connection, copy(idList), new Params(sql.dialect()).add(reason).addAll(failed));
    execute(
        connection,
        "DELETE FROM " + sql.table() + " WHERE " + idList,
        new Params(sql.dialect()).addAll(failed));
    return failed;
  }

  private List<UUID> lockFailed(Connection connection, List<UUID> ids) throws SQLException {
    String statement =
        "SELECT id FROM "
            + sql.table()
            + " WHERE status = 'FAILED' AND "
            + SqlDialect.inList("id", ids.size())
            + " FOR UPDATE";
    try (PreparedStatement prepared = connection.prepareStatement(statement)) {
      new Params(sql.dialect()).addAll(ids).bind(prepared);
      try (ResultSet result = prepared.executeQuery()) {
        List<UUID> locked = new ArrayList<>();
        while (result.next()) {
          locked.add(sql.dialect().readId(result, "id"));
        }
        return locked;
      }
    }
  }

  private String copy(String idList) {
    boolean outbox = kind == EventKind.OUTBOX;
    String ownColumns =
        outbox ? "aggregate_type, aggregate_id, topic" : "message_id, consumer_group, source";
    String shared =
        "seq, event_type, payload, headers, schema_version, trace_id, correlation_id,"
            + " causation_id, idempotency_key, status, attempts_made, max_attempts, last_error,"
            + " scheduled_at, completed_at, created_at, updated_at, partition_key, ";
    return "INSERT INTO dead_letter_events (id, event_id, event_kind, scope, "
        + shared
        + ownColumns
        + ", reason, dead_lettered_at) SELECT id, id, '"
        + kind.name()
        + "', "
        + (outbox ? "topic" : "consumer_group")
        + ", "
        + shared
        + ownColumns
        + ", ?, "
        + sql.dialect().now()
        + " FROM "
        + sql.table()
        + " WHERE "
        + idList;
  }

  private static void execute(Connection connection, String statement, Params params)
      throws SQLException {
    try (PreparedStatement prepared = connection.prepareStatement(statement)) {
      params.bind(prepared);
      prepared.executeUpdate();
    }
  }
}
