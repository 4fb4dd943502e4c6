package dev.omnibox.envelope;

import dev.omnibox.spi.AckHandle;
import dev.omnibox.spi.ConsumedMessage;
import java.time.Instant;
import java.util.Map;

final class ParserTestMessages {

  private ParserTestMessages() {}

  static ConsumedMessage message(String brokerId, String body, Map<String, String> properties) {
    return new ConsumedMessage(
        brokerId,
        body,
        properties,
        "orders-queue",
        "billing",
        1,
        Instant.parse("2026-01-31T08:15:00Z"),
        AckHandle.NONE);
  }
}
