package dev.omnibox.sample.events;

import dev.omnibox.schema.PayloadType;

/**
 * The {@code order.placed} payload at schema version 2, the version this service writes and its
 * handlers read. Version 1 messages ({@link OrderPlacedV1}) are migrated to it on arrival.
 *
 * @param orderId the order
 * @param customer the customer's e-mail address
 * @param item the article ordered
 * @param quantity how many pieces
 * @param totalCents the order total in the currency's minor unit; 0 for a free order
 * @param currency the ISO 4217 currency code, such as {@code EUR}
 */
@PayloadType(eventType = OrderPlaced.EVENT_TYPE, version = "2")
public record OrderPlaced(
    String orderId, String customer, String item, int quantity, long totalCents, String currency) {

  public static final String EVENT_TYPE = "order.placed";
}
