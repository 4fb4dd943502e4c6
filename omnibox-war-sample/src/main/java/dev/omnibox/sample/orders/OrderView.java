package dev.omnibox.sample.orders;

import dev.omnibox.sample.billing.Invoice;
import dev.omnibox.sample.setup.EventRows.InboxRow;
import dev.omnibox.sample.setup.EventRows.OutboxRow;
import dev.omnibox.sample.shipping.Shipment;
import java.time.Instant;
import java.util.List;

/**
 * The response of {@code GET /api/orders/{id}}: the order, its shipment and invoice (null until the
 * consumer group made them, and for billing also when it skipped the order), and the omnibox rows
 * that carried it.
 */
public record OrderView(
    String id,
    String customer,
    String item,
    int quantity,
    long totalCents,
    String currency,
    Instant placedAt,
    ShipmentView shipment,
    InvoiceView invoice,
    List<OutboxRow> outbox,
    List<InboxRow> inbox) {

  /** A shipment; {@code attempt} is the handler attempt that created it. */
  public record ShipmentView(Instant createdAt, int attempt) {}

  public record InvoiceView(Instant createdAt, long totalCents, String currency) {}

  static OrderView of(
      Order order,
      Shipment shipment,
      Invoice invoice,
      List<OutboxRow> outbox,
      List<InboxRow> inbox) {
    return new OrderView(
        order.getId(),
        order.getCustomer(),
        order.getItem(),
        order.getQuantity(),
        order.getTotalCents(),
        order.getCurrency(),
        order.getPlacedAt(),
        shipment == null ? null : new ShipmentView(shipment.getCreatedAt(), shipment.getAttempt()),
        invoice == null
            ? null
            : new InvoiceView(
                invoice.getCreatedAt(), invoice.getTotalCents(), invoice.getCurrency()),
        outbox,
        inbox);
  }
}
