package dev.omnibox.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The parts of a message that the inbox stores: what an {@link EnvelopeParser} extracts.
 *
 * @param messageId the id that deduplicates the message; required
 * @param eventType the payload's event type; required
 * @param schemaVersion the payload's schema version; required
 * @param payload the payload as JSON text; required
 * @param headers application headers
 * @param topic the producer's topic, or null
 * @param aggregateType the producer's aggregate type, or null
 * @param aggregateId the producer's aggregate id, or null
 * @param partitionKey the key that orders related events, or null
 * @param traceparent the W3C trace context of the producer, or null
 * @param correlationId the correlation id, or null
 * @param causationId the causation id, or null
 * @param occurredAt when the producer created the event, or null
 */
public record EnvelopeData(
    String messageId,
    String eventType,
    String schemaVersion,
    String payload,
    Map<String, String> headers,
    String topic,
    String aggregateType,
    String aggregateId,
    String partitionKey,
    String traceparent,
    String correlationId,
    String causationId,
    Instant occurredAt) {

  public EnvelopeData {
    requireText("messageId", messageId);
    requireText("eventType", eventType);
    requireText("schemaVersion", schemaVersion);
    Objects.requireNonNull(payload, "payload must not be null");
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers must not be null"));
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new EnvelopeParseException(field + " is missing from the envelope", null);
    }
  }
}
