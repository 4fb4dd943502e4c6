package dev.omnibox.it.bench;

import dev.omnibox.ejb.outbox.OutboxMessage;
import dev.omnibox.it.support.Jdbc;
import jakarta.enterprise.event.Event;
import jakarta.transaction.UserTransaction;
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
          "INSERT INTO bench_orders (id, customer, total_cents, created_at) VALUES (?, ?, ?, ?)",
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
   * Calls {@link #placeOrder} until {@code deadlineNanos} ({@link System#nanoTime()}) and returns
   * the number of committed transactions.
   */
  long placeOrdersUntil(long deadlineNanos, int events) throws Exception {
    long committed = 0;
    while (System.nanoTime() - deadlineNanos < 0) {
      placeOrder(events);
      committed++;
    }
    return committed;
  }
}
