package dev.omnibox.sample.shipping;

import static dev.omnibox.sample.SampleLogger.LOG;

import dev.omnibox.ejb.inbox.Inbox;
import dev.omnibox.ejb.inbox.InboxContext;
import dev.omnibox.sample.events.OrderPlaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Creates the shipment of each placed order. To show a retry, the first attempt of every event
 * fails as a remote warehouse call would time out: the handler requests a retry, the inbox row
 * stays PENDING, and the {@code shipping} dispatch job runs the second attempt, which succeeds.
 */
@ApplicationScoped
public class ShippingHandler {

  public static final String CONSUMER_GROUP = "shipping";

  /** Delay before the second attempt. The dispatch job checks for due rows every second. */
  static final Duration RETRY_DELAY = Duration.ofSeconds(1);

  @PersistenceContext(unitName = "orders")
  EntityManager entityManager;

  private final Clock clock = Clock.systemUTC();

  void ship(@Observes @Inbox(consumerGroup = CONSUMER_GROUP) OrderPlaced order, InboxContext ctx) {
    if (ctx.attempt() == 1) {
      LOG.simulatedFailure(order.orderId(), ctx.attempt());
      ctx.retry(
          "simulated transient failure: the warehouse did not answer on the first attempt",
          true,
          Instant.now(clock).plus(RETRY_DELAY));
      return;
    }
    if (entityManager.find(Shipment.class, order.orderId()) != null) {
      // Another message with the same order id (sent from outside, say) already shipped it.
      String reason = "order " + order.orderId() + " is already shipped";
      LOG.orderSkipped(order.orderId(), CONSUMER_GROUP, reason);
      ctx.skip(reason);
      return;
    }
    entityManager.persist(
        new Shipment(
            order.orderId(), order.item(), order.quantity(), ctx.attempt(), Instant.now(clock)));
    // Writes now, so that a rejected row (an order id over 255 characters, say) fails this event
    // in the handler and not the commit of the transaction that other events share.
    entityManager.flush();
    LOG.shipmentCreated(order.orderId(), ctx.attempt());
  }
}
