package dev.omnibox.inbox;

import dev.omnibox.spi.ConsumedMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The collaborators of one consume test, sharing one journal of calls in order. */
final class ConsumeFixture {

  static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
  static final String GROUP = "billing";
  static final String SOURCE = "orders-queue";
  static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  final List<String> journal = new ArrayList<>();
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final FakeInboxRepository repository = new FakeInboxRepository(journal, clock);
  final RecordingMetrics metrics = new RecordingMetrics();
  final RecordingDeadLetterStore deadLetters = new RecordingDeadLetterStore();

  InboxConsumeService.Builder service(InboxConsumeOptions options) {
    return InboxConsumeService.builder()
        .repository(repository)
        .options(options)
        .clock(clock)
        .metrics(metrics)
        .deadLetters(deadLetters);
  }

  ConsumedMessage message(String brokerId, String body) {
    return message(brokerId, body, Map.of());
  }

  ConsumedMessage message(String brokerId, String body, Map<String, String> properties) {
    return new ConsumedMessage(
        brokerId, body, properties, SOURCE, GROUP, 1, NOW, new RecordingAckHandle(journal));
  }

  static String envelope(String id) {
    return "{\"envelopeVersion\":1,\"id\":\""
        + id
        + "\",\"eventType\":\"order.created\",\"schemaVersion\":\"1.0\",\"topic\":\"orders\","
        + "\"aggregateType\":\"Order\",\"aggregateId\":\"o-1\",\"partitionKey\":\"c-7\","
        + "\"occurredAt\":\"2026-05-01T09:59:00Z\",\"headers\":{\"tenant\":\"acme\"},"
        + "\"traceparent\":\""
        + TRACEPARENT
        + "\",\"traceId\":null,\"correlationId\":\"corr-1\",\"causationId\":\"cause-1\","
        + "\"idempotencyKey\":null,\"payload\":{\"orderId\":1,\"total\":1.10}}";
  }
}
