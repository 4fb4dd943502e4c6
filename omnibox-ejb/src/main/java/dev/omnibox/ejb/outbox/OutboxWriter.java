package dev.omnibox.ejb.outbox;

import static dev.omnibox.ejb.outbox.OutboxLogger.LOG;

import dev.omnibox.ejb.tracing.TraceparentSource;
import dev.omnibox.model.EventLifecycle;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.schema.SchemaRegistry;
import dev.omnibox.spi.InsertResult;
import dev.omnibox.spi.OutboxRepository;
import jakarta.transaction.Status;
import java.util.Objects;

/**
 * Writes outbox messages as PENDING rows in the caller's JTA transaction and enlists them in the
 * fast path. Plain Java: the {@link Outbox} bean creates it with the container's resources.
 */
final class OutboxWriter {

  private final OutboxRepository repository;
  private final TransactionContext transaction;
  private final SchemaRegistry schemas;
  private final EventLifecycle lifecycle;
  private final TraceparentSource traceparents;
  private final FastPath fastPath;
  private final int maxAttempts;

  OutboxWriter(
      OutboxRepository repository,
      TransactionContext transaction,
      SchemaRegistry schemas,
      EventLifecycle lifecycle,
      TraceparentSource traceparents,
      FastPath fastPath,
      int maxAttempts) {
    this.repository = Objects.requireNonNull(repository, "repository must not be null");
    this.transaction = Objects.requireNonNull(transaction, "transaction must not be null");
    this.schemas = Objects.requireNonNull(schemas, "schemas must not be null");
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle must not be null");
    this.traceparents = Objects.requireNonNull(traceparents, "traceparents must not be null");
    this.fastPath = Objects.requireNonNull(fastPath, "fastPath must not be null");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException(
          "maxAttempts is " + maxAttempts + ". Set it to 1 or more.");
    }
    this.maxAttempts = maxAttempts;
  }

  /**
   * Inserts the message as a new PENDING event in the active transaction.
   *
   * @return the stored event, or the event stored earlier with the same idempotency key
   * @throws NoActiveTransactionException when no JTA transaction is active
   */
  OutboxEvent write(OutboxMessage message) {
    Objects.requireNonNull(message, "message must not be null");
    requireActiveTransaction(message);

    OutboxEvent event = lifecycle.newOutboxEvent(draftOf(message));
    InsertResult<OutboxEvent> result = repository.insert(event);
    if (result.duplicate()) {
      LOG.duplicateIdempotencyKey(event.id(), event.eventType(), result.event().id());
      return result.event();
    }

    fastPath.enlist(transaction, result.event().id());
    return result.event();
  }

  private void requireActiveTransaction(OutboxMessage message) {
    int status = transaction.status();
    if (status != Status.STATUS_ACTIVE) {
      String text =
          LOG.noActiveTransaction(
              message.eventType(), message.topic(), TransactionStatusNames.nameOf(status));
      throw new NoActiveTransactionException(text, message.eventType());
    }
  }

  private OutboxEvent.Builder draftOf(OutboxMessage message) {
    String payload = message.payload().map(schemas::toJson).orElseGet(() -> message.json().get());
    String traceparent =
        message.traceparent() != null
            ? message.traceparent()
            : traceparents.currentTraceparent().orElse(null);
    return OutboxEvent.builder()
        .topic(message.topic())
        .eventType(message.eventType())
        .schemaVersion(message.schemaVersion())
        .payload(payload)
        .aggregateType(message.aggregateType())
        .aggregateId(message.aggregateId())
        .partitionKey(message.partitionKey())
        .headers(message.headers())
        .idempotencyKey(message.idempotencyKey())
        .correlationId(message.correlationId())
        .causationId(message.causationId())
        .traceId(traceparent)
        .maxAttempts(maxAttempts);
  }
}
