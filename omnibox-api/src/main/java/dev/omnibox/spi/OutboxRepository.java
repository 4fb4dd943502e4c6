package dev.omnibox.spi;

import dev.omnibox.model.OutboxEvent;

/**
 * Storage of outbox events.
 *
 * @since 0.1
 */
public interface OutboxRepository extends EventRepository<OutboxEvent> {

  /**
   * Inserts a new PENDING event in the caller's transaction.
   *
   * <p>When the event has an idempotency key that another row already has, no row is inserted, the
   * existing row is returned as a duplicate, and the caller's transaction stays usable.
   *
   * @throws StorageIntegrityException when the row breaks a constraint other than the idempotency
   *     key
   */
  InsertResult<OutboxEvent> insert(OutboxEvent event);
}
