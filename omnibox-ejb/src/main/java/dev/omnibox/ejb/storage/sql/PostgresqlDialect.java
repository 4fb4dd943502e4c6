package dev.omnibox.ejb.storage.sql;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL 12 and later. The clock is {@code statement_timestamp()}: stable within a statement,
 * so the planner can use it as an index bound, unlike {@code clock_timestamp()}.
 */
final class PostgresqlDialect extends SqlDialect {

  private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

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

  /**
   * Returns a transaction-level advisory lock on a 64-bit hash of the key. Unlike a row lock it
   * writes no row, and PostgreSQL releases it when the transaction ends.
   */
  @Override
  public String lockKey() {
    return "SELECT pg_advisory_xact_lock(?)";
  }

  @Override
  public Params addLockKey(Params params, String scope, String key) {
    return params.add(advisoryLockKey(scope, key));
  }

  /**
   * Returns the advisory lock key of an ordering key: the 64-bit FNV-1a hash of the UTF-8 scope, a
   * zero byte and the UTF-8 key. Two keys with the same hash only make their writers wait for each
   * other, which costs time and never order.
   */
  static long advisoryLockKey(String scope, String key) {
    long hash = FNV_OFFSET_BASIS;
    for (byte b : scope.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * FNV_PRIME;
    }
    hash *= FNV_PRIME;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * FNV_PRIME;
    }
    return hash;
  }
}
