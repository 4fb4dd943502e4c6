package dev.omnibox.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An event or message that omnibox gave up on, kept for an operator to inspect and replay.
 *
 * @param id the dead letter's own id
 * @param kind whether it came from the outbox or the inbox
 * @param eventId the id of the original event, or null when the message could not be stored
 * @param eventType the event type, or null when unknown
 * @param scope the outbox topic or the inbox consumer group
 * @param messageId the inbox message id, or null
 * @param payload the payload or raw message body
 * @param headers the headers or message properties
 * @param attempts the attempts made before giving up
 * @param reason why the event was dead-lettered
 * @param deadLetteredAt when it was dead-lettered
 */
public record DeadLetter(
    UUID id,
    EventKind kind,
    UUID eventId,
    String eventType,
    String scope,
    String messageId,
    String payload,
    Map<String, String> headers,
    int attempts,
    String reason,
    Instant deadLetteredAt) {

  public DeadLetter {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(payload, "payload must not be null; use an empty string");
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers must not be null"));
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason of dead letter " + id + " must not be blank");
    }
    Objects.requireNonNull(deadLetteredAt, "deadLetteredAt must not be null");
  }
}
