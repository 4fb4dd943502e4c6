package dev.omnibox.sample.billing;

import static dev.omnibox.sample.SampleLogger.LOG;

import dev.omnibox.ejb.inbox.Inbox;
import dev.omnibox.ejb.inbox.InboxContext;
import dev.omnibox.sample.events.OrderPlaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Creates the invoice of each placed order. A free order (total 0) has nothing to invoice: the
 * handler skips it, and its inbox row is stored COMPLETED without an invoice.
 */
@ApplicationScoped
public class BillingHandler {

  public static final String CONSUMER_GROUP = "billing";

  @PersistenceContext(unitName = "orders")
  EntityManager entityManager;

  private final Clock clock = Clock.systemUTC();

  void invoice(
      @Observes @Inbox(consumerGroup = CONSUMER_GROUP) OrderPlaced order, InboxContext ctx) {
    if (order.totalCents() == 0) {
      skip(order, ctx, "order total is 0, nothing to invoice");
      return;
    }
    if (entityManager.find(Invoice.class, order.orderId()) != null) {
      skip(order, ctx, "order " + order.orderId() + " is already invoiced");
      return;
    }
    entityManager.persist(
        new Invoice(
            order.orderId(),
            order.customer(),
            order.totalCents(),
            order.currency(),
            Instant.now(clock)));
    // Writes now, so that a rejected row fails this event in the handler and not the commit of
    // the transaction that other events share.
    entityManager.flush();
    LOG.invoiceCreated(order.orderId());
  }

  private static void skip(OrderPlaced order, InboxContext ctx, String reason) {
    LOG.orderSkipped(order.orderId(), CONSUMER_GROUP, reason);
    ctx.skip(reason);
  }
}
