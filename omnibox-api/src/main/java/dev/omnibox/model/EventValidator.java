package dev.omnibox.model;

import static dev.omnibox.model.ModelLogger.LOG;
import static dev.omnibox.model.StoredEvent.MAX_SCHEMA_VERSION_LENGTH;
import static dev.omnibox.model.StoredEvent.MAX_TEXT_LENGTH;

/**
 * Checks that required fields are present and text fields fit their columns, then runs the state
 * and time rules. Raises {@link InvalidEventException} on the first broken invariant.
 */
final class EventValidator {

  /** How much of an over-long value a message quotes. */
  private static final int QUOTED_LENGTH = 40;

  private EventValidator() {}

  static void validate(StoredEvent event, EventValidationPolicy policy) {
    checkSharedFields(event);
    if (event instanceof OutboxEvent outbox) {
      checkOutboxFields(outbox);
    } else if (event instanceof InboxEvent inbox) {
      checkInboxFields(inbox);
    }
    EventStateRules.check(event);
    EventTimeRules.check(event, policy);
  }

  private static void checkSharedFields(StoredEvent event) {
    requirePresent(event, "id", event.id());
    requireText(event, "eventType", event.eventType(), MAX_TEXT_LENGTH);
    requirePresent(event, "payload", event.payload());
    if (event.payload().isBlank()) {
      throw LOG.blankRequiredField(event.label(), "payload", event.payload());
    }
    requireText(event, "schemaVersion", event.schemaVersion(), MAX_SCHEMA_VERSION_LENGTH);
    optionalText(event, "traceId", event.traceId());
    optionalText(event, "correlationId", event.correlationId());
    optionalText(event, "causationId", event.causationId());
    optionalText(event, "idempotencyKey", event.idempotencyKey());
    optionalText(event, "lockedBy", event.lockedBy());
    requirePresent(event, "status", event.status());
    requirePresent(event, "scheduledAt", event.scheduledAt());
    requirePresent(event, "createdAt", event.createdAt());
    requirePresent(event, "updatedAt", event.updatedAt());
  }

  private static void checkOutboxFields(OutboxEvent event) {
    requireText(event, "topic", event.topic(), MAX_TEXT_LENGTH);
    optionalText(event, "aggregateType", event.aggregateType());
    optionalText(event, "aggregateId", event.aggregateId());
    optionalText(event, "partitionKey", event.partitionKey());
  }

  private static void checkInboxFields(InboxEvent event) {
    requireText(event, "messageId", event.messageId(), MAX_TEXT_LENGTH);
    requireText(event, "consumerGroup", event.consumerGroup(), MAX_TEXT_LENGTH);
    optionalText(event, "source", event.source());
    optionalText(event, "partitionKey", event.partitionKey());
  }

  private static void requirePresent(StoredEvent event, String field, Object value) {
    if (value == null) {
      throw LOG.missingField(event.label(), field);
    }
  }

  private static void requireText(StoredEvent event, String field, String value, int limit) {
    requirePresent(event, field, value);
    if (value.isBlank()) {
      throw LOG.blankRequiredField(event.label(), field, value);
    }
    checkLength(event, field, value, limit);
  }

  private static void optionalText(StoredEvent event, String field, String value) {
    if (value == null) {
      return;
    }
    if (value.isBlank()) {
      throw LOG.blankOptionalField(event.label(), field, value);
    }
    checkLength(event, field, value, MAX_TEXT_LENGTH);
  }

  /** Counts code points, as PostgreSQL and MariaDB (utf8mb4) count the length of a VARCHAR. */
  private static void checkLength(StoredEvent event, String field, String value, int limit) {
    int length = value.codePointCount(0, value.length());
    if (length > limit) {
      String start = value.substring(0, value.offsetByCodePoints(0, QUOTED_LENGTH));
      throw LOG.fieldTooLong(event.label(), field, length, limit, start);
    }
  }
}
