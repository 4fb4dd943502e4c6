package dev.omnibox.it.bench;

import dev.omnibox.schema.PayloadType;

/** The payload of the benchmark's outbox events. */
@PayloadType(eventType = "bench.order.placed", version = "1")
public record BenchOrderPlaced(String orderId, String customer, long totalCents, int line) {}
