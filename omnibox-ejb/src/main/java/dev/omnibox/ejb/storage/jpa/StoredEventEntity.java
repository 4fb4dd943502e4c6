package dev.omnibox.ejb.storage.jpa;

import dev.omnibox.model.EventStatus;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The columns that outbox_events and inbox_events share, mapped read-only. Timestamps are the UTC
 * wall-clock values of the columns. Rows are written by the repositories' SQL, never through these
 * entities.
 */
@MappedSuperclass
public abstract class StoredEventEntity {

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "seq")
  private long seq;

  @Column(name = "event_type")
  private String eventType;

  @Column(name = "payload")
  private String payload;

  @Column(name = "headers")
  private String headers;

  @Column(name = "schema_version")
  private String schemaVersion;

  @Column(name = "trace_id")
  private String traceId;

  @Column(name = "correlation_id")
  private String correlationId;

  @Column(name = "causation_id")
  private String causationId;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private EventStatus status;

  @Column(name = "attempts_made")
  private int attemptsMade;

  @Column(name = "max_attempts")
  private int maxAttempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "scheduled_at")
  private LocalDateTime scheduledAt;

  @Column(name = "completed_at")
  private LocalDateTime completedAt;

  @Column(name = "locked_by")
  private String lockedBy;

  @Column(name = "locked_at")
  private LocalDateTime lockedAt;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "partition_key")
  private String partitionKey;

  public UUID getId() {
    return id;
  }

  public long getSeq() {
    return seq;
  }

  public String getEventType() {
    return eventType;
  }

  public String getPayload() {
    return payload;
  }

  /** Returns the headers as a JSON object text, or null. */
  public String getHeaders() {
    return headers;
  }

  public String getSchemaVersion() {
    return schemaVersion;
  }

  public String getTraceId() {
    return traceId;
  }

  public String getCorrelationId() {
    return correlationId;
  }

  public String getCausationId() {
    return causationId;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public EventStatus getStatus() {
    return status;
  }

  public int getAttemptsMade() {
    return attemptsMade;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public String getLastError() {
    return lastError;
  }

  public LocalDateTime getScheduledAt() {
    return scheduledAt;
  }

  public LocalDateTime getCompletedAt() {
    return completedAt;
  }

  public String getLockedBy() {
    return lockedBy;
  }

  public LocalDateTime getLockedAt() {
    return lockedAt;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  /** Returns the ordering key of the event, or null. */
  public String getPartitionKey() {
    return partitionKey;
  }
}
