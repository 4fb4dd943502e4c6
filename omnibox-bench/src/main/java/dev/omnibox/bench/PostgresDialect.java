package dev.omnibox.bench;

import dev.omnibox.ejb.storage.sql.DatabaseKind;
import java.util.List;

/** PostgreSQL 13 and later. */
final class PostgresDialect implements SqlDialect {

  @Override
  public String schemaResource() {
    return DatabaseKind.POSTGRESQL.schemaResource();
  }

  @Override
  public String nowUtc() {
    return "(statement_timestamp() AT TIME ZONE 'UTC')";
  }

  @Override
  public String plusMicros(String timestamp, String micros) {
    return "(" + timestamp + " + (" + micros + ") * INTERVAL '1 microsecond')";
  }

  @Override
  public String leaseExpiredBefore() {
    return plusMicros(nowUtc(), "CAST(? AS BIGINT) * -1000");
  }

  @Override
  public String numbers(long first, long last) {
    return "generate_series(CAST(" + first + " AS BIGINT), CAST(" + last + " AS BIGINT)) AS s(g)";
  }

  /**
   * A time-ordered UUID (version 7 layout of RFC 9562): the first 48 bits hold the Unix
   * milliseconds of {@code clock_timestamp()}, the version nibble is 7, and the variant bits and
   * the rest come from {@code gen_random_uuid()}. Rows inserted later get larger ids, so new
   * primary key entries land on the right-hand leaf pages of the index.
   */
  @Override
  public String newUuid() {
    String random = "uuid_send(gen_random_uuid())";
    String millis =
        "substring(int8send(CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS BIGINT))"
            + " FROM 3)";
    String timed = "overlay(" + random + " PLACING " + millis + " FROM 1 FOR 6)";
    return "CAST(encode(set_byte("
        + timed
        + ", 6, (get_byte("
        + random
        + ", 6) & 15) | 112),"
        + " 'hex') AS uuid)";
  }

  @Override
  public String concat(String... parts) {
    return "(" + String.join(" || ", parts) + ")";
  }

  @Override
  public List<String> maintenance() {
    return List.of("VACUUM (ANALYZE) outbox_events");
  }

  @Override
  public String explainPrefix() {
    return "EXPLAIN (ANALYZE, BUFFERS) ";
  }

  /** Leases in the claim itself: one statement and one round trip per claim. */
  @Override
  public String claimWithLease(int batchSize) {
    return "WITH claimable AS (SELECT id FROM outbox_events WHERE "
        + claimableCondition()
        + " ORDER BY "
        + claimOrder()
        + limit(batchSize)
        + " FOR UPDATE SKIP LOCKED)"
        + " UPDATE outbox_events e SET locked_by = ?, locked_at = "
        + nowUtc()
        + ", updated_at = "
        + nowUtc()
        + " FROM claimable WHERE e.id = claimable.id RETURNING e.*";
  }
}
