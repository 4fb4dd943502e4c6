package dev.omnibox.ejb.storage.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * H2 2.2 in its default mode. H2 has no insert that skips duplicates in that mode, so callers guard
 * a plain insert with a savepoint. Its CURRENT_TIMESTAMP keeps one value for the whole transaction,
 * so leases are as old as the start of the claiming transaction.
 *
 * <p>NOTE: H2 2.2.224 does not read an index in order for a {@code FOR UPDATE} query (its EXPLAIN
 * shows no "index sorted" there, while it does without {@code FOR UPDATE}), so each claim sorts
 * every due row. Fine for tests and small queues, slow for a backlog of many thousands.
 */
final class H2Dialect extends SqlDialect {

  H2Dialect() {
    super(DatabaseKind.H2);
  }

  @Override
  public String now() {
    return "CAST(CURRENT_TIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP(6))";
  }

  @Override
  public String nowMinusParameter() {
    return "DATEADD(MICROSECOND, ?, " + now() + ")";
  }

  @Override
  public void bindDuration(PreparedStatement statement, int index, Duration duration)
      throws SQLException {
    statement.setLong(index, -(duration.toNanos() / 1_000));
  }

  @Override
  public String limitParameter() {
    return "FETCH FIRST ? ROWS ONLY";
  }

  @Override
  public boolean claimsInOneStatement() {
    return false;
  }

  @Override
  public String insertSkippingDuplicate(String insert, String conflictTarget) {
    return null;
  }

  @Override
  public String lockKey() {
    return "MERGE INTO omnibox_partition_keys t"
        + " USING (VALUES (CAST(? AS VARCHAR(300)), CAST(? AS VARCHAR(255))))"
        + " AS s (key_scope, partition_key)"
        + " ON t.key_scope = s.key_scope AND t.partition_key = s.partition_key"
        + " WHEN MATCHED THEN UPDATE SET write_count = t.write_count + 1"
        + " WHEN NOT MATCHED THEN INSERT (key_scope, partition_key, write_count)"
        + " VALUES (s.key_scope, s.partition_key, 1)";
  }
}
