package dev.omnibox.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Builder of the fields that outbox and inbox events share. A new builder starts PENDING with no
 * attempts made, {@link #DEFAULT_MAX_ATTEMPTS} attempts allowed and no headers; every other field
 * starts null. {@link EventLifecycle} fills id, status and timestamps for new events.
 *
 * @param <E> the event class built
 * @param <B> the concrete builder class, returned by every setter
 */
public abstract sealed class StoredEventBuilder<
        E extends StoredEvent, B extends StoredEventBuilder<E, B>>
    permits OutboxEvent.Builder, InboxEvent.Builder {

  /** Default of {@link #maxAttempts(int)}. */
  public static final int DEFAULT_MAX_ATTEMPTS = 10;

  private UUID id;
  private String eventType;
  private String payload;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private String schemaVersion;
  private String traceId;
  private String correlationId;
  private String causationId;
  private String idempotencyKey;
  private EventStatus status = EventStatus.PENDING;
  private int attemptsMade;
  private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
  private String lastError;
  private Instant scheduledAt;
  private Instant completedAt;
  private String lockedBy;
  private Instant lockedAt;
  private Instant createdAt;
  private Instant updatedAt;

  StoredEventBuilder() {}

  StoredEventBuilder(StoredEvent event) {
    EventFields f = event.fields();
    id = f.id();
    eventType = f.eventType();
    payload = f.payload();
    headers.putAll(f.headers());
    schemaVersion = f.schemaVersion();
    traceId = f.traceId();
    correlationId = f.correlationId();
    causationId = f.causationId();
    idempotencyKey = f.idempotencyKey();
    status = f.status();
    attemptsMade = f.attemptsMade();
    maxAttempts = f.maxAttempts();
    lastError = f.lastError();
    scheduledAt = f.scheduledAt();
    completedAt = f.completedAt();
    lockedBy = f.lockedBy();
    lockedAt = f.lockedAt();
    createdAt = f.createdAt();
    updatedAt = f.updatedAt();
  }

  abstract B self();

  /** Creates the event from the checked shared fields; {@link #build} validates it afterwards. */
  abstract E create(EventFields fields);

  /**
   * Builds the event with {@link EventValidationPolicy#defaults()}.
   *
   * @throws InvalidEventException if a field breaks an invariant, see {@link
   *     #build(EventValidationPolicy)}
   */
  public E build() {
    return build(EventValidationPolicy.defaults());
  }

  /**
   * Builds the event and checks every invariant, raising {@link InvalidEventException} on the first
   * one broken:
   *
   * <ul>
   *   <li>id, event type, payload, schema version, status, scheduled at, created at and updated at
   *       are set, and text fields are non-blank and within their column lengths ({@link
   *       StoredEvent#MAX_TEXT_LENGTH}, {@link StoredEvent#MAX_SCHEMA_VERSION_LENGTH});
   *   <li>0 &lt;= attempts made &lt;= max attempts, and max attempts &gt;= 1;
   *   <li>COMPLETED if and only if completed at is set, and a COMPLETED event made 1 attempt or
   *       more;
   *   <li>a FAILED event has no attempts left, and a PENDING event has at least one;
   *   <li>locked by and locked at are both set or both null, and only a PENDING event is locked;
   *   <li>updated at, locked at and completed at are not before created at, and completed at is not
   *       before scheduled at, by more than the policy's clock skew;
   *   <li>scheduled at lies between created at minus the policy's maximum schedule before creation
   *       and created at plus its maximum schedule ahead, both bounds included.
   * </ul>
   *
   * <p>A blank last error is stored as null, and a longer one than the policy's {@link
   * EventValidationPolicy#maxLastErrorBytes()} is cut with {@link ErrorText#truncate}, never
   * rejected.
   */
  public E build(EventValidationPolicy policy) {
    Objects.requireNonNull(policy, "policy must not be null");
    String storedError =
        lastError == null || lastError.isBlank()
            ? null
            : ErrorText.truncate(lastError, policy.maxLastErrorBytes());
    E event = create(fields(storedError));
    EventValidator.validate(event, policy);
    return event;
  }

  private EventFields fields(String storedError) {
    return new EventFields(
        id,
        eventType,
        payload,
        Map.copyOf(headers),
        schemaVersion,
        traceId,
        correlationId,
        causationId,
        idempotencyKey,
        status,
        attemptsMade,
        maxAttempts,
        storedError,
        scheduledAt,
        completedAt,
        lockedBy,
        lockedAt,
        createdAt,
        updatedAt);
  }

  public B id(UUID id) {
    this.id = id;
    return self();
  }

  public B eventType(String eventType) {
    this.eventType = eventType;
    return self();
  }

  /** Sets the payload, JSON text. */
  public B payload(String payload) {
    this.payload = payload;
    return self();
  }

  /**
   * Replaces all headers with a copy of the given ones; null clears them.
   *
   * @throws InvalidEventException if a name is blank or a value is null
   */
  public B headers(Map<String, String> headers) {
    this.headers.clear();
    if (headers != null) {
      headers.forEach(this::header);
    }
    return self();
  }

  /**
   * Adds or replaces one header.
   *
   * @throws InvalidEventException if the name is blank or the value is null
   */
  public B header(String name, String value) {
    if (name == null || name.isBlank()) {
      throw ModelLogger.LOG.blankHeaderName(name);
    }
    if (value == null) {
      throw ModelLogger.LOG.nullHeaderValue(name);
    }
    headers.put(name, value);
    return self();
  }

  public B schemaVersion(String schemaVersion) {
    this.schemaVersion = schemaVersion;
    return self();
  }

  public B traceId(String traceId) {
    this.traceId = traceId;
    return self();
  }

  public B correlationId(String correlationId) {
    this.correlationId = correlationId;
    return self();
  }

  public B causationId(String causationId) {
    this.causationId = causationId;
    return self();
  }

  public B idempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
    return self();
  }

  public B status(EventStatus status) {
    this.status = status;
    return self();
  }

  public B attemptsMade(int attemptsMade) {
    this.attemptsMade = attemptsMade;
    return self();
  }

  public B maxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
    return self();
  }

  /** Sets the last error; {@link #build} stores a blank one as null and cuts a long one. */
  public B lastError(String lastError) {
    this.lastError = lastError;
    return self();
  }

  public B scheduledAt(Instant scheduledAt) {
    this.scheduledAt = scheduledAt;
    return self();
  }

  public B completedAt(Instant completedAt) {
    this.completedAt = completedAt;
    return self();
  }

  public B lockedBy(String lockedBy) {
    this.lockedBy = lockedBy;
    return self();
  }

  public B lockedAt(Instant lockedAt) {
    this.lockedAt = lockedAt;
    return self();
  }

  public B createdAt(Instant createdAt) {
    this.createdAt = createdAt;
    return self();
  }

  public B updatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
    return self();
  }

  /** Clears locked by and locked at. */
  public B unlocked() {
    this.lockedBy = null;
    this.lockedAt = null;
    return self();
  }

  final UUID id() {
    return id;
  }

  final Instant scheduledAt() {
    return scheduledAt;
  }
}
