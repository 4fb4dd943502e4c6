package dev.omnibox.model;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Fields shared by outbox and inbox events, compared by value. */
record EventFields(
    UUID id,
    String eventType,
    String payload,
    Map<String, String> headers,
    String schemaVersion,
    String traceId,
    String correlationId,
    String causationId,
    String idempotencyKey,
    EventStatus status,
    int attemptsMade,
    int maxAttempts,
    String lastError,
    Instant scheduledAt,
    Instant completedAt,
    String lockedBy,
    Instant lockedAt,
    Instant createdAt,
    Instant updatedAt) {}
