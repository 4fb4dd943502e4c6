package dev.omnibox.bench;

import dev.omnibox.ejb.storage.sql.DatabaseKind;
import java.util.List;

/** H2 2.2 in its default mode. */
final class H2Dialect implements SqlDialect {

  @Override
  public String schemaResource() {
    return DatabaseKind.H2.schemaResource();
  }

  @Override
  public String nowUtc() {
    return "CAST(CURRENT_TIMESTAMP AT TIME ZONE 'UTC' AS TIMESTAMP(6))";
  }

  @Override
  public String plusMicros(String timestamp, String micros) {
    return "DATEADD(MICROSECOND, " + micros + ", " + timestamp + ")";
  }

  @Override
  public String leaseExpiredBefore() {
    return plusMicros(nowUtc(), "CAST(? AS BIGINT) * -1000");
  }

  @Override
  public String numbers(long first, long last) {
    return "(SELECT X AS g FROM SYSTEM_RANGE(" + first + ", " + last + ")) AS s";
  }

  @Override
  public String newUuid() {
    // H2 fixes CURRENT_TIMESTAMP for the whole statement, so the row number g follows the
    // milliseconds as a counter (one of the RFC 9562 ways to keep version 7 ids in order).
    String millis =
        "SUBSTRING(RAWTOHEX(CAST(CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT)"
            + " AS BINARY(8))), 5, 12)";
    String counter = "LPAD(RAWTOHEX(CAST(CAST(g AS BIGINT) AS BINARY(8))), 18, '0')";
    return "CAST("
        + SqlDialect.uuidText(
            "CONCAT("
                + millis
                + ", '7', SUBSTRING("
                + counter
                + ", 1, 3), '8', SUBSTRING("
                + counter
                + ", 4, 15))")
        + " AS UUID)";
  }

  @Override
  public String concat(String... parts) {
    return "(" + String.join(" || ", parts) + ")";
  }

  @Override
  public List<String> maintenance() {
    return List.of("ANALYZE TABLE outbox_events");
  }

  @Override
  public String explainPrefix() {
    return "EXPLAIN ANALYZE ";
  }

  /**
   * Leads with the status, the first column of the pending index: H2 2.2 reads that index in order
   * only when ORDER BY names its leading equality column too.
   */
  @Override
  public String claimOrder() {
    return "status, scheduled_at, seq";
  }

  @Override
  public String limit(int batchSize) {
    return " FETCH FIRST " + batchSize + " ROWS ONLY";
  }
}
