package dev.omnibox.ejb.storage.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * MariaDB 10.6 and later, and MySQL 8. Ids are CHAR(36) text. Duplicates are skipped with {@code ON
 * DUPLICATE KEY UPDATE id = id}, which changes no row and keeps the transaction usable; {@code
 * INSERT IGNORE} is avoided because it also turns other errors (bad values, check constraints) into
 * warnings.
 */
final class MariadbDialect extends SqlDialect {

  MariadbDialect() {
    super(DatabaseKind.MARIADB);
  }

  @Override
  boolean idsAsText() {
    return true;
  }

  @Override
  public String latestCommittedRead() {
    return " LOCK IN SHARE MODE";
  }

  @Override
  public String now() {
    return "UTC_TIMESTAMP(6)";
  }

  @Override
  public String nowMinusParameter() {
    return "(UTC_TIMESTAMP(6) - INTERVAL ? MICROSECOND)";
  }

  @Override
  public void bindDuration(PreparedStatement statement, int index, Duration duration)
      throws SQLException {
    statement.setLong(index, duration.toNanos() / 1_000);
  }

  @Override
  public boolean claimsInOneStatement() {
    return false;
  }

  @Override
  public String insertSkippingDuplicate(String insert, String conflictTarget) {
    return insert + " ON DUPLICATE KEY UPDATE id = id";
  }

  @Override
  public String lockKey() {
    return "INSERT INTO omnibox_partition_keys (key_scope, partition_key, write_count)"
        + " VALUES (?, ?, 1) ON DUPLICATE KEY UPDATE write_count = write_count + 1";
  }
}
