package dev.omnibox.it.bench;

import dev.omnibox.ejb.outbox.OutboxMessage;
import dev.omnibox.it.support.Jdbc;
import jakarta.enterprise.event.Event;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The business transaction of the write and latency figures: insert one order row and fire {@code
 * events} outbox messages through CDI ({@code Event<OutboxMessage>}), all in one JTA transaction.
 * The events of one order share its id as partition key.
 */
final class OrderClient {

  private static final String ORDER_INSERT =
      "INSERT INTO bench_orders (id, customer, total_cents, created_at) VALUES (?, ?, ?, ?)";

  private static final String RAW_EVENT_INSERT =
      "SELECT pg_advisory_xact_lock(?);\n"
          + "INSERT INTO outbox_events (id, event_type, payload, schema_version, status,"
          + " attempts_made, max_attempts, scheduled_at, created_at, updated_at, aggregate_type,"
          + " aggregate_id, topic, partition_key, key_hash) VALUES (?, 'bench.order.placed', ?,"
          + " '1', 'PENDING', 0, 10, (statement_timestamp() AT TIME ZONE 'UTC'),"
          + " (statement_timestamp() AT TIME ZONE 'UTC'), (statement_timestamp() AT TIME ZONE"
          + " 'UTC'), 'Order', ?, ?, ?, ?) ON CONFLICT DO NOTHING";

  private final UserTransaction transaction;
  private final DataSource dataSource;
  private final Event<OutboxMessage> messages;
  private final String topic;

  OrderClient(
      UserTransaction transaction,
      DataSource dataSource,
      Event<OutboxMessage> messages,
      String topic) {
    this.transaction = transaction;
    this.dataSource = dataSource;
    this.messages = messages;
    this.topic = topic;
  }

  /** Commits one order with {@code events} outbox events and returns the order id. */
  String placeOrder(int events) throws Exception {
    String orderId = UUID.randomUUID().toString();
    String customer = "customer-" + ThreadLocalRandom.current().nextInt(1000);
    long totalCents = ThreadLocalRandom.current().nextLong(100, 100_000);
    transaction.begin();
    try {
      Jdbc.update(
          dataSource,
          ORDER_INSERT,
          UUID.fromString(orderId),
          customer,
          totalCents,
          Timestamp.from(Instant.now()));
      for (int line = 0; line < events; line++) {
        messages.fire(
            OutboxMessage.builder(topic)
                .payload(new BenchOrderPlaced(orderId, customer, totalCents, line))
                .aggregate("Order", orderId)
                .partitionKey(orderId)
                .build());
      }
    } catch (Exception | Error e) {
      transaction.rollback();
      throw e;
    }
    transaction.commit();
    return orderId;
  }

  /**
   * Commits one order with {@code events} outbox rows written by plain JDBC, as the raw SQL
   * baseline: per event the statements that omnibox sends on PostgreSQL (the key's advisory lock
   * and the insert, in one round trip), with the payload JSON built by string concatenation.
   */
  String placeOrderRaw(int events) throws Exception {
    String orderId = UUID.randomUUID().toString();
    String customer = "customer-" + ThreadLocalRandom.current().nextInt(1000);
    long totalCents = ThreadLocalRandom.current().nextLong(100, 100_000);
    transaction.begin();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement order = connection.prepareStatement(ORDER_INSERT)) {
        order.setObject(1, UUID.fromString(orderId));
        order.setString(2, customer);
        order.setLong(3, totalCents);
        order.setTimestamp(4, Timestamp.from(Instant.now()));
        order.executeUpdate();
      }
      for (int line = 0; line < events; line++) {
        try (PreparedStatement event = connection.prepareStatement(RAW_EVENT_INSERT)) {
          event.setLong(1, orderId.hashCode());
          event.setObject(2, timeOrderedId());
          event.setString(
              3,
              "{\"customer\":\""
                  + customer
                  + "\",\"line\":"
                  + line
                  + ",\"orderId\":\""
                  + orderId
                  + "\",\"totalCents\":"
                  + totalCents
                  + "}");
          event.setString(4, orderId);
          event.setString(5, topic);
          event.setString(6, orderId);
          event.setLong(7, orderId.hashCode() & 0xffffffffL);
          event.execute();
        }
      }
    } catch (Exception | Error e) {
      transaction.rollback();
      throw e;
    }
    transaction.commit();
    return orderId;
  }

  /** Returns a UUID with the version 7 layout: the time in milliseconds, then random bits. */
  private static UUID timeOrderedId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0fffL);
    long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  /**
   * Calls {@link #placeOrder} until {@code deadlineNanos} ({@link System#nanoTime()}) and returns
   * the number of committed transactions.
   */
  long placeOrdersUntil(long deadlineNanos, int events) throws Exception {
    return placeOrdersUntil(deadlineNanos, events, false);
  }

  /** As {@link #placeOrdersUntil(long, int)}, by plain JDBC when {@code raw} is true. */
  long placeOrdersUntil(long deadlineNanos, int events, boolean raw) throws Exception {
    long committed = 0;
    while (System.nanoTime() - deadlineNanos < 0) {
      if (raw) {
        placeOrderRaw(events);
      } else {
        placeOrder(events);
      }
      committed++;
    }
    return committed;
  }
}
