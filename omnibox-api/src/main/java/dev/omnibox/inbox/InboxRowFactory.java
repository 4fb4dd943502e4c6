package dev.omnibox.inbox;

import dev.omnibox.model.EventLifecycle;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.spi.ConsumedMessage;
import dev.omnibox.spi.EnvelopeData;
import jakarta.json.spi.JsonProvider;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the inbox rows that {@link InboxConsumeService} inserts. */
final class InboxRowFactory {

  private final EventLifecycle lifecycle;
  private final int maxAttempts;
  private final JsonProvider json;

  InboxRowFactory(EventLifecycle lifecycle, int maxAttempts, JsonProvider json) {
    this.lifecycle = lifecycle;
    this.maxAttempts = maxAttempts;
    this.json = json;
  }

  /**
   * Builds a new PENDING row from a parsed envelope.
   *
   * @throws dev.omnibox.model.InvalidEventException when a field breaks an invariant of the model,
   *     for example an event type longer than its column
   */
  InboxEvent fromEnvelope(ConsumedMessage message, EnvelopeData data) {
    InboxEvent.Builder draft =
        InboxEvent.builder()
            .messageId(data.messageId())
            .consumerGroup(message.consumerGroup())
            .source(sourceOf(message, data))
            .partitionKey(blankToNull(data.partitionKey()))
            .eventType(data.eventType())
            .schemaVersion(data.schemaVersion())
            .payload(data.payload())
            .headers(headersOf(data))
            .traceId(blankToNull(data.traceparent()))
            .correlationId(blankToNull(data.correlationId()))
            .causationId(blankToNull(data.causationId()))
            .maxAttempts(maxAttempts);
    return lifecycle.newInboxEvent(draft);
  }

  /**
   * Builds a FAILED row, with all attempts used, for a message that cannot be handled. The body is
   * kept as a JSON string for an operator to read, unless {@code keepBody} is false (a body over
   * the size limit), when the payload is JSON {@code null}.
   *
   * @throws dev.omnibox.model.InvalidEventException when the message id or the properties cannot be
   *     stored, for example a message id longer than its column
   */
  InboxEvent badInput(ConsumedMessage message, String messageId, String reason, boolean keepBody) {
    InboxEvent.Builder draft =
        InboxEvent.builder()
            .messageId(messageId)
            .consumerGroup(message.consumerGroup())
            .source(blankToNull(message.source()))
            .eventType(InboxConsumeService.BAD_INPUT_EVENT_TYPE)
            .schemaVersion(InboxConsumeService.BAD_INPUT_SCHEMA_VERSION)
            .payload(keepBody ? json.createValue(message.body()).toString() : "null")
            .headers(storableHeaders(message.properties()))
            .maxAttempts(maxAttempts);
    return lifecycle.markFailedPermanently(lifecycle.newInboxEvent(draft), reason);
  }

  /**
   * Returns the producer's topic when the envelope names one, because inbox handlers are routed by
   * topic, and otherwise the destination the message came from.
   */
  private static String sourceOf(ConsumedMessage message, EnvelopeData data) {
    String topic = blankToNull(data.topic());
    return topic != null ? topic : blankToNull(message.source());
  }

  /**
   * Returns the envelope's headers plus the envelope fields that an inbox row has no column for.
   */
  // NOTE: InboxEvent has no aggregate or occurred-at fields, so they travel as omnibox-* headers.
  private static Map<String, String> headersOf(EnvelopeData data) {
    Map<String, String> headers = new LinkedHashMap<>(data.headers());
    putIfPresent(headers, InboxConsumeService.HEADER_TOPIC, data.topic());
    putIfPresent(headers, InboxConsumeService.HEADER_AGGREGATE_TYPE, data.aggregateType());
    putIfPresent(headers, InboxConsumeService.HEADER_AGGREGATE_ID, data.aggregateId());
    if (data.occurredAt() != null) {
      putIfPresent(headers, InboxConsumeService.HEADER_OCCURRED_AT, data.occurredAt().toString());
    }
    return headers;
  }

  private static Map<String, String> storableHeaders(Map<String, String> properties) {
    Map<String, String> headers = new LinkedHashMap<>();
    properties.forEach(
        (name, value) -> {
          if (name != null && !name.isBlank() && value != null) {
            headers.put(name, value);
          }
        });
    return headers;
  }

  private static void putIfPresent(Map<String, String> headers, String name, String value) {
    if (value != null && !value.isBlank()) {
      headers.putIfAbsent(name, value);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
