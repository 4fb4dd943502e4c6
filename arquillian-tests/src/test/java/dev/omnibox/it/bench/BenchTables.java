package dev.omnibox.it.bench;

import dev.omnibox.it.support.Jdbc;
import javax.sql.DataSource;

/**
 * Set-based SQL that prepares the tables of a benchmark on PostgreSQL: one INSERT ... SELECT
 * generate_series per pre-fill, never row by row. The benchmark database contains nothing else, so
 * the benchmark empties the omnibox tables.
 */
final class BenchTables {

  /**
   * A UUID in the version 7 layout that omnibox gives new events: the first 48 bits hold the Unix
   * milliseconds of {@code millis}, the version nibble is 7, and the variant and the other bits
   * come from {@code gen_random_uuid()}.
   */
  private static String timeOrderedId(String millis) {
    return "CAST(overlay(overlay(replace(CAST(gen_random_uuid() AS text), '-', '')"
        + " PLACING lpad(to_hex(CAST("
        + millis
        + " AS BIGINT)), 12, '0') FROM 1 FOR 12)"
        + " PLACING '7' FROM 13 FOR 1) AS uuid)";
  }

  private static final String NOW_UTC = "(statement_timestamp() AT TIME ZONE 'UTC')";

  private final DataSource dataSource;

  BenchTables(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Deletes every outbox event and ordering key, and the orders of the write figure. */
  void emptyOutbox() {
    Jdbc.update(dataSource, "TRUNCATE outbox_events");
    Jdbc.update(dataSource, "DROP TABLE IF EXISTS bench_orders");
    Jdbc.update(
        dataSource,
        "CREATE TABLE bench_orders (id UUID PRIMARY KEY, customer VARCHAR(255) NOT NULL,"
            + " total_cents BIGINT NOT NULL, created_at TIMESTAMP(6) NOT NULL)");
  }

  /** Deletes the events of one topic, then vacuums, so the next run starts without dead rows. */
  void deleteTopic(String topic) {
    Jdbc.update(dataSource, "DELETE FROM outbox_events WHERE topic = ?", topic);
    vacuum();
  }

  void vacuum() {
    Jdbc.update(dataSource, "VACUUM (ANALYZE) outbox_events");
  }

  /**
   * Inserts {@code count} PENDING events of {@code topic}, due now, each with a partition key of
   * its own, as one event per order would have. key_hash is the order number, which spreads the
   * keys over the relay's key shares as evenly as omnibox's CRC-32 does.
   */
  void insertPending(String topic, int count) {
    String millis = "floor(extract(epoch FROM clock_timestamp()) * 1000)";
    Jdbc.update(
        dataSource,
        "INSERT INTO outbox_events (id, event_type, payload, schema_version, status,"
            + " attempts_made, max_attempts, scheduled_at, created_at, updated_at,"
            + " aggregate_type, aggregate_id, topic, partition_key, key_hash)"
            + " SELECT "
            + timeOrderedId(millis)
            + ", 'bench.order.placed',"
            + " '{\"orderId\":\"order-' || g || '\",\"customer\":\"customer-' || (g % 1000)"
            + " || '\",\"totalCents\":' || (g * 7 % 100000) || '}', '1', 'PENDING', 0, 10, "
            + NOW_UTC
            + ", "
            + NOW_UTC
            + ", "
            + NOW_UTC
            + ", 'Order', 'order-' || g, ?, 'order-' || g, g"
            + " FROM generate_series(1, ?) AS g",
        topic,
        count);
    vacuum();
  }

  /**
   * Inserts {@code count} COMPLETED events of {@code topic} created over the last 5 days, oldest
   * first, with ids time-ordered by their creation time and completed one second after it.
   */
  void insertHistory(String topic, int count) {
    String created =
        "(" + NOW_UTC + " - INTERVAL '5 days' + g * (INTERVAL '5 days' / CAST(? AS BIGINT)))";
    String millis = "floor(extract(epoch FROM " + created + ") * 1000)";
    Jdbc.update(
        dataSource,
        "INSERT INTO outbox_events (id, event_type, payload, schema_version, status,"
            + " attempts_made, max_attempts, scheduled_at, completed_at, created_at, updated_at,"
            + " aggregate_type, aggregate_id, topic, partition_key, key_hash)"
            + " SELECT "
            + timeOrderedId(millis)
            + ", 'bench.order.placed',"
            + " '{\"orderId\":\"history-' || g || '\",\"totalCents\":' || (g % 100000) || '}',"
            + " '1', 'COMPLETED', 1, 10, "
            + created
            + ", "
            + created
            + " + INTERVAL '1 second', "
            + created
            + ", "
            + created
            + " + INTERVAL '1 second', 'Order', 'history-' || g, ?, 'history-' || g, g"
            + " FROM generate_series(1, ?) AS g",
        count,
        count,
        count,
        count,
        count,
        topic,
        count);
    vacuum();
  }

  long count(String condition, Object... parameters) {
    return Jdbc.queryLong(
        dataSource, "SELECT COUNT(*) FROM outbox_events WHERE " + condition, parameters);
  }
}
