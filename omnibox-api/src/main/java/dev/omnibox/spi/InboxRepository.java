package dev.omnibox.spi;

import dev.omnibox.model.InboxEvent;
import java.util.Optional;

/**
 * Storage of inbox events, deduplicated per (message id, consumer group).
 *
 * @since 0.1
 */
public interface InboxRepository extends EventRepository<InboxEvent> {

  /**
   * Inserts a received message in the caller's transaction: a PENDING row, or a FAILED row with all
   * its attempts used for a message that cannot be handled (not JSON, an unknown type).
   *
   * <p>When a row with the same message id and consumer group exists, no row is inserted, the
   * existing row is returned as a duplicate, and the caller's transaction stays usable. Two
   * concurrent inserts of the same key leave exactly one row.
   */
  InsertResult<InboxEvent> insert(InboxEvent event);

  /** Returns the row for this message id and consumer group, or empty when there is none. */
  Optional<InboxEvent> findByMessageId(String messageId, String consumerGroup);

  /**
   * Returns whether another row (a different id) with the same message id and consumer group is
   * COMPLETED. Storage that enforces the unique key returns false; a partitioned table, where the
   * key cannot be unique across partitions, relies on this check to skip redeliveries.
   */
  boolean hasCompletedSibling(InboxEvent event);
}
