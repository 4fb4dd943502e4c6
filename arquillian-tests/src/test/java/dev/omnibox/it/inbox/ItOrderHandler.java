package dev.omnibox.it.inbox;

import dev.omnibox.ejb.inbox.Inbox;
import dev.omnibox.ejb.inbox.InboxContext;
import dev.omnibox.it.support.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The observer handler of the tests: writes one row per handling into {@code inbox_it_effects}, in
 * the transaction that completes the inbox row, and raises an error after the write in mode {@code
 * throw}.
 */
@ApplicationScoped
public class ItOrderHandler {

  @Inject InboxItResources resources;

  void on(@Observes @Inbox ItOrder order, InboxContext context) {
    Jdbc.update(
        resources.schemaDataSource(),
        "INSERT INTO inbox_it_effects (order_id, message_id, consumer_group) VALUES (?, ?, ?)",
        order.orderId(),
        context.event().messageId(),
        context.consumerGroup());
    if ("throw".equals(order.mode())) {
      throw new IllegalStateException("handler failed on purpose for order " + order.orderId());
    }
  }
}
