package dev.omnibox.it.payara;

import dev.omnibox.ejb.inbox.Inbox;
import dev.omnibox.ejb.inbox.InboxContext;
import dev.omnibox.it.inbox.InboxItSchema;
import dev.omnibox.it.inbox.ItOrder;
import dev.omnibox.it.support.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The observer handler of the Payara test: writes one row per handling into {@code
 * inbox_it_effects}, in the transaction that completes the inbox row.
 */
@ApplicationScoped
public class PayaraOrderHandler {

  @Inject PayaraResources resources;

  void on(@Observes @Inbox ItOrder order, InboxContext context) {
    Jdbc.update(
        new InboxItSchema(resources.dataSource()),
        "INSERT INTO inbox_it_effects (order_id, message_id, consumer_group) VALUES (?, ?, ?)",
        order.orderId(),
        context.event().messageId(),
        context.consumerGroup());
  }
}
