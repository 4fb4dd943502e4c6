package dev.omnibox.envelope;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.EnvelopeData;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every field of the omnibox envelope, as {@link EnvelopeConverter} writes and reads it.
 *
 * @param id the message id, the outbox event id for omnibox producers; the inbox deduplicates by it
 * @param eventType the payload's event type
 * @param schemaVersion the payload's schema version
 * @param topic the outbox topic, or null
 * @param aggregateType the aggregate type, or null
 * @param aggregateId the aggregate id, or null
 * @param partitionKey the key that orders related events, or null
 * @param occurredAt when the producer created the event, or null
 * @param headers application headers in their order; empty when there are none
 * @param traceparent the W3C {@code traceparent} of the producer, or null
 * @param traceId the producer's trace id as stored in the event, or null
 * @param correlationId the correlation id, or null
 * @param causationId the causation id, or null
 * @param idempotencyKey the producer's idempotency key, or null
 * @param payload the payload as JSON text, {@code "null"} for a JSON null; compact when read by
 *     {@link EnvelopeConverter#parse}
 */
public record Envelope(
    String id,
    String eventType,
    String schemaVersion,
    String topic,
    String aggregateType,
    String aggregateId,
    String partitionKey,
    Instant occurredAt,
    Map<String, String> headers,
    String traceparent,
    String traceId,
    String correlationId,
    String causationId,
    String idempotencyKey,
    String payload) {

  public Envelope {
    Objects.requireNonNull(payload, "payload must not be null; use \"null\" for a JSON null");
    headers = copyInOrder(Objects.requireNonNull(headers, "headers must not be null"));
  }

  /**
   * Returns the envelope of an outbox event. The event's trace id goes to {@code traceId} as it is.
   * When it is a valid {@code traceparent} it is also the {@code traceparent}. When it is a bare
   * 32-digit W3C trace id, the {@code traceparent} uses it with a parent id taken from the low 64
   * bits of the event id and the sampled flag, so that consumers can continue the trace. Headers
   * are sorted by name, because the event does not keep their order.
   */
  public static Envelope of(OutboxEvent event) {
    return new Envelope(
        event.id().toString(),
        event.eventType(),
        event.schemaVersion(),
        event.topic(),
        event.aggregateType(),
        event.aggregateId(),
        event.partitionKey(),
        event.createdAt(),
        new TreeMap<>(event.headers()),
        traceparentOf(event),
        event.traceId(),
        event.correlationId(),
        event.causationId(),
        event.idempotencyKey(),
        event.payload());
  }

  /**
   * Returns the fields that the inbox stores.
   *
   * @throws dev.omnibox.spi.EnvelopeParseException when the id, event type or schema version is
   *     missing
   */
  public EnvelopeData toEnvelopeData() {
    return new EnvelopeData(
        id,
        eventType,
        schemaVersion,
        payload,
        headers,
        topic,
        aggregateType,
        aggregateId,
        partitionKey,
        traceparent,
        correlationId,
        causationId,
        occurredAt);
  }

  private static String traceparentOf(OutboxEvent event) {
    String traceId = event.traceId();
    if (Traceparent.isValid(traceId)) {
      return traceId;
    }
    if (!Traceparent.isValidTraceId(traceId)) {
      return null;
    }
    long low = event.id().getLeastSignificantBits();
    String parentId = String.format("%016x", low == 0 ? 1 : low);
    return Traceparent.of(traceId, parentId, true).format();
  }

  private static Map<String, String> copyInOrder(Map<String, String> headers) {
    Map<String, String> copy = new LinkedHashMap<>();
    headers.forEach(
        (name, value) -> {
          Objects.requireNonNull(name, "header names must not be null");
          Objects.requireNonNull(value, () -> "value of header '" + name + "' must not be null");
          copy.put(name, value);
        });
    return Collections.unmodifiableMap(copy);
  }
}
