package dev.omnibox.sample.events;

import dev.omnibox.schema.PayloadType;

/**
 * The {@code order.placed} payload at schema version 1, before orders had a currency: every total
 * was in euro cents. Older producers still send it; {@link OrderPayloads} migrates it to {@link
 * OrderPlaced}.
 */
@PayloadType(eventType = OrderPlaced.EVENT_TYPE, version = "1")
public record OrderPlacedV1(
    String orderId, String customer, String item, int quantity, long totalCents) {}
