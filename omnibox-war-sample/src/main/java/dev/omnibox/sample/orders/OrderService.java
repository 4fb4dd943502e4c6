package dev.omnibox.sample.orders;

import static dev.omnibox.sample.SampleLogger.LOG;

import dev.omnibox.ejb.outbox.Outbox;
import dev.omnibox.ejb.outbox.OutboxMessage;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.sample.events.OrderPlaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Places orders: the order row and its {@code order.placed} event commit together or not at all.
 */
@ApplicationScoped
public class OrderService {

  /** The outbox topic of order events; {@code microprofile-config.properties} maps it to JMS. */
  public static final String TOPIC = "orders";

  @PersistenceContext(unitName = "orders")
  EntityManager entityManager;

  @Inject Outbox outbox;

  private final Clock clock = Clock.systemUTC();

  /** Stores a validated order and its outbox event in one JTA transaction. */
  @Transactional
  public Order place(PlaceOrderRequest request) {
    Order order =
        new Order(
            UUID.randomUUID().toString(),
            request.customer(),
            request.item(),
            request.quantity(),
            request.totalCents(),
            request.currency(),
            Instant.now(clock));
    entityManager.persist(order);

    OrderPlaced payload =
        new OrderPlaced(
            order.getId(),
            order.getCustomer(),
            order.getItem(),
            order.getQuantity(),
            order.getTotalCents(),
            order.getCurrency());
    OutboxEvent event =
        outbox.publish(
            OutboxMessage.builder(TOPIC)
                .payload(payload)
                .aggregate("Order", order.getId())
                .partitionKey(order.getId())
                .idempotencyKey("order-" + order.getId() + "-placed"));
    LOG.orderPlaced(order.getId(), event.id().toString());
    return order;
  }

  public Order find(String orderId) {
    return entityManager.find(Order.class, orderId);
  }
}
