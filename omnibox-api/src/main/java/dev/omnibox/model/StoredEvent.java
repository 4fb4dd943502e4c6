package dev.omnibox.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A row of the outbox or the inbox: an immutable value, built with a builder and checked against an
 * {@link EventValidationPolicy} when built, so every instance keeps the invariants listed on {@link
 * StoredEventBuilder#build(EventValidationPolicy)}.
 *
 * <p>Every timestamp is an {@link Instant}, a point on the UTC time line, so no time zone or offset
 * is stored or converted. Accessors marked nullable return plain {@code null}.
 *
 * <p>{@link #attemptsMade()} counts the attempts that ended in completion or in a failure that
 * counted as an attempt. A failure that does not count (a transient error) leaves it unchanged.
 */
public abstract sealed class StoredEvent permits OutboxEvent, InboxEvent {

  /** Maximum length, in characters, of the text fields stored in columns of 255 characters. */
  public static final int MAX_TEXT_LENGTH = 255;

  /** Maximum length, in characters, of {@link #schemaVersion()}. */
  public static final int MAX_SCHEMA_VERSION_LENGTH = 64;

  private final EventFields fields;

  StoredEvent(EventFields fields) {
    this.fields = fields;
  }

  /** Returns "outbox" or "inbox", for messages. */
  abstract String kind();

  /** Returns a builder holding every field of this event, to build a changed copy. */
  public abstract StoredEventBuilder<?, ?> toBuilder();

  final EventFields fields() {
    return fields;
  }

  public UUID id() {
    return fields.id();
  }

  public String eventType() {
    return fields.eventType();
  }

  /** Returns the payload as JSON text. */
  public String payload() {
    return fields.payload();
  }

  /** Returns the headers as an immutable map, empty when there are none. */
  public Map<String, String> headers() {
    return fields.headers();
  }

  public String schemaVersion() {
    return fields.schemaVersion();
  }

  /** Returns the trace id, or null. */
  public String traceId() {
    return fields.traceId();
  }

  /** Returns the correlation id, or null. */
  public String correlationId() {
    return fields.correlationId();
  }

  /** Returns the id of the event or command that caused this one, or null. */
  public String causationId() {
    return fields.causationId();
  }

  /** Returns the idempotency key, or null. */
  public String idempotencyKey() {
    return fields.idempotencyKey();
  }

  public EventStatus status() {
    return fields.status();
  }

  public int attemptsMade() {
    return fields.attemptsMade();
  }

  public int maxAttempts() {
    return fields.maxAttempts();
  }

  /** Returns the last error, cut to {@link EventValidationPolicy#maxLastErrorBytes()}, or null. */
  public String lastError() {
    return fields.lastError();
  }

  /** Returns the time from which the event may be processed. */
  public Instant scheduledAt() {
    return fields.scheduledAt();
  }

  /** Returns the completion time, set if and only if the status is COMPLETED, or null. */
  public Instant completedAt() {
    return fields.completedAt();
  }

  /** Returns the id of the worker holding the lock, or null when the event is not locked. */
  public String lockedBy() {
    return fields.lockedBy();
  }

  /** Returns when the lock was taken or last refreshed, or null when not locked. */
  public Instant lockedAt() {
    return fields.lockedAt();
  }

  public Instant createdAt() {
    return fields.createdAt();
  }

  public Instant updatedAt() {
    return fields.updatedAt();
  }

  /** Returns how many attempts remain: maxAttempts minus attemptsMade. */
  public int attemptsLeft() {
    return fields.maxAttempts() - fields.attemptsMade();
  }

  /** Returns whether another attempt may be made: the event is PENDING with attempts left. */
  public boolean canRetry() {
    return fields.status() == EventStatus.PENDING && attemptsLeft() > 0;
  }

  /** Returns how many counted attempts failed: attemptsMade without the completing attempt. */
  public int failureCount() {
    return fields.status() == EventStatus.COMPLETED
        ? fields.attemptsMade() - 1
        : fields.attemptsMade();
  }

  public boolean isLocked() {
    return fields.lockedBy() != null;
  }

  /** Returns "outbox event ID" for messages, with "without id" when the id is missing. */
  final String label() {
    return kind() + " event " + (fields.id() == null ? "without id" : fields.id().toString());
  }

  /** Returns the label with type, status, attempts and lock holder, for messages. */
  final String describe() {
    String lock = isLocked() ? "locked by worker " + fields.lockedBy() : "not locked";
    return String.format(
        "%s (type %s, status %s, %d of %d attempts made, %s)",
        label(),
        fields.eventType(),
        fields.status(),
        fields.attemptsMade(),
        fields.maxAttempts(),
        lock);
  }

  final boolean hasEqualFields(StoredEvent other) {
    return fields.equals(other.fields);
  }

  final int fieldsHashCode() {
    return Objects.hashCode(fields);
  }
}
