package dev.omnibox.it.inbox;

import dev.omnibox.schema.PayloadType;

/**
 * The payload of the inbox tests; {@code mode} tells {@link ItOrderHandler} how to behave.
 *
 * @param orderId the order, written to the effects table
 * @param mode {@code ok}, or {@code throw} for a handler that writes and then raises an error
 */
@PayloadType(eventType = "it.order", version = "1")
public record ItOrder(String orderId, String mode) {}
