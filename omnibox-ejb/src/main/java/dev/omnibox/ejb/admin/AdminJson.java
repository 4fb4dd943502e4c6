package dev.omnibox.ejb.admin;

import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.DeadLetter;
import dev.omnibox.spi.StatusCount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;

/**
 * The JSON shapes of the admin API. Payloads are never included: they may hold personal data, and
 * an operator reads them in the database when needed.
 */
final class AdminJson {

  private AdminJson() {}

  static JsonObject event(StoredEvent event) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", event.id().toString())
            .add("eventType", event.eventType())
            .add("status", event.status().name())
            .add("attemptsMade", event.attemptsMade())
            .add("maxAttempts", event.maxAttempts());
    if (event instanceof OutboxEvent outbox) {
      json.add("kind", "outbox").add("scope", outbox.topic());
      addText(json, "aggregateId", outbox.aggregateId());
    } else if (event instanceof InboxEvent inbox) {
      json.add("kind", "inbox").add("scope", inbox.consumerGroup());
      addText(json, "messageId", inbox.messageId());
    }
    addText(json, "partitionKey", partitionKey(event));
    addText(json, "lastError", event.lastError());
    addText(json, "lockedBy", event.lockedBy());
    addTime(json, "lockedAt", event.lockedAt());
    addTime(json, "scheduledAt", event.scheduledAt());
    addTime(json, "createdAt", event.createdAt());
    addTime(json, "updatedAt", event.updatedAt());
    addTime(json, "completedAt", event.completedAt());
    return json.build();
  }

  static JsonObject count(StatusCount count, Instant now) {
    long ageSeconds = Math.max(0, Duration.between(count.oldestCreatedAt(), now).toSeconds());
    return Json.createObjectBuilder()
        .add("scope", count.scope())
        .add("status", count.status().name())
        .add("count", count.count())
        .add("oldestCreatedAt", count.oldestCreatedAt().toString())
        .add("oldestAgeSeconds", ageSeconds)
        .build();
  }

  static JsonObject deadLetter(DeadLetter letter) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", letter.id().toString())
            .add("kind", letter.kind().name().toLowerCase(java.util.Locale.ROOT))
            .add("attempts", letter.attempts())
            .add("reason", letter.reason())
            .add("deadLetteredAt", letter.deadLetteredAt().toString());
    addText(json, "eventId", letter.eventId() == null ? null : letter.eventId().toString());
    addText(json, "eventType", letter.eventType());
    addText(json, "scope", letter.scope());
    addText(json, "messageId", letter.messageId());
    return json.build();
  }

  private static String partitionKey(StoredEvent event) {
    if (event instanceof OutboxEvent outbox) {
      return outbox.partitionKey();
    }
    return event instanceof InboxEvent inbox ? inbox.partitionKey() : null;
  }

  private static void addText(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  private static void addTime(JsonObjectBuilder json, String name, Instant value) {
    addText(json, name, value == null ? null : value.toString());
  }
}
