package dev.omnibox.ejb.storage.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL 12 and later. The clock is {@code statement_timestamp()}: stable within a statement,
 * so the planner can use it as an index bound, unlike {@code clock_timestamp()}.
 */
final class PostgresqlDialect extends SqlDialect {

  PostgresqlDialect() {
    super(DatabaseKind.POSTGRESQL);
  }

  @Override
  public String now() {
    return "(statement_timestamp() AT TIME ZONE 'UTC')";
  }

  @Override
  public String nowMinusParameter() {
    return "(" + now() + " - make_interval(secs => ?))";
  }

  @Override
  public void bindDuration(PreparedStatement statement, int index, Duration duration)
      throws SQLException {
    statement.setDouble(index, duration.toNanos() / 1e9);
  }

  @Override
  public boolean claimsInOneStatement() {
    return true;
  }

  @Override
  public String insertSkippingDuplicate(String insert, String conflictTarget) {
    String target = conflictTarget == null ? "" : " " + conflictTarget;
    return insert + " ON CONFLICT" + target + " DO NOTHING";
  }

  @Override
  public String lockKeyUpsert() {
    return "INSERT INTO omnibox_partition_keys (key_scope, partition_key, write_count)"
        + " VALUES (?, ?, 1) ON CONFLICT (key_scope, partition_key)"
        + " DO UPDATE SET write_count = omnibox_partition_keys.write_count + 1";
  }
}
