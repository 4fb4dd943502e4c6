package dev.omnibox.bench;

import dev.omnibox.ejb.storage.sql.DatabaseKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** MariaDB 10.6 and later, whose id column is CHAR(36). */
final class MariaDbDialect implements SqlDialect {

  private static final Duration PURGE_TIMEOUT = Duration.ofSeconds(30);

  @Override
  public String schemaResource() {
    return DatabaseKind.MARIADB.schemaResource();
  }

  @Override
  public String nowUtc() {
    return "UTC_TIMESTAMP(6)";
  }

  @Override
  public String plusMicros(String timestamp, String micros) {
    return "(" + timestamp + " + INTERVAL (" + micros + ") MICROSECOND)";
  }

  @Override
  public String leaseExpiredBefore() {
    return plusMicros(nowUtc(), "? * -1000");
  }

  /** Uses the numbers table of the built-in SEQUENCE engine. */
  @Override
  public String numbers(long first, long last) {
    return "(SELECT CAST(seq AS SIGNED) AS g FROM seq_" + first + "_to_" + last + ") AS s";
  }

  /**
   * Takes the milliseconds from {@code SYSDATE(3)}, which, unlike {@code NOW()}, MariaDB evaluates
   * for each row, and random hex digits for the rest. MariaDB's own {@code UUID()} is version 1,
   * whose text starts with the fastest-changing time bits, so its ids scatter over the whole unique
   * index.
   */
  @Override
  public String newUuid() {
    return SqlDialect.uuidText(
        "CONCAT(LPAD(HEX(FLOOR(UNIX_TIMESTAMP(SYSDATE(3)) * 1000)), 12, '0'), '7',"
            + " SUBSTR(MD5(RAND()), 1, 3), CONV(8 + FLOOR(RAND() * 4), 10, 16),"
            + " SUBSTR(MD5(RAND()), 1, 15))");
  }

  @Override
  public String concat(String... parts) {
    return "CONCAT(" + String.join(", ", parts) + ")";
  }

  @Override
  public List<String> maintenance() {
    return List.of("ANALYZE TABLE outbox_events");
  }

  /**
   * Waits up to 30 seconds for InnoDB purge to empty its history list. Until purge runs, rows
   * deleted or moved out of the pending index stay in it as delete-marked entries, and a locking
   * claim still steps over each of them. After a bulk delete of the last round's rows, a claim took
   * over a second instead of a few milliseconds (MariaDB 10.11, 2 cores).
   */
  @Override
  public boolean awaitBackgroundWork(Connection admin) throws SQLException {
    long deadline = System.nanoTime() + PURGE_TIMEOUT.toNanos();
    while (purgeBacklog(admin) > 0) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("Interrupted while waiting for InnoDB purge", e);
      }
    }
    return true;
  }

  @Override
  public String explainPrefix() {
    return "ANALYZE ";
  }

  @Override
  public Object idParameter(UUID id) {
    return id.toString();
  }

  private static long purgeBacklog(Connection admin) throws SQLException {
    try (Statement statement = admin.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT count FROM information_schema.INNODB_METRICS"
                    + " WHERE name = 'trx_rseg_history_len'")) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }
}
