package dev.omnibox.ejb.inbox;

import dev.omnibox.schema.PayloadType;

@PayloadType(eventType = "order.placed", version = "2")
public record OrderPlaced(String orderId, int quantity) {}
