package dev.omnibox.spi;

import dev.omnibox.model.StoredEvent;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read queries and repairs for operators, beside the {@link EventRepository} of the same table. A
 * storage supports the operator console by returning it from {@link
 * EventRepository#administration()}. The console cannot show a repository without it.
 *
 * <p>Methods join the caller's transaction like those of {@link EventRepository}. Filter values are
 * bound as statement parameters, never written into the SQL text.
 *
 * @param <E> the event type stored
 * @since 0.1
 */
public interface EventAdministration<E extends StoredEvent> {

  /**
   * Counts the events of this table per scope (the outbox topic or the inbox consumer group) and
   * status, with the oldest creation time of each group. Groups without events are absent.
   *
   * <p>The counts are a snapshot of committed rows and may be stale as soon as they are returned.
   * The COMPLETED count reads every COMPLETED row that retention has kept.
   */
  List<StatusCount> countByStatus();

  /**
   * Returns at most {@code query.limit()} events that match every filter of the query. PENDING
   * events come in fetch order (oldest due first); COMPLETED events newest completed first; FAILED
   * events most recently failed first.
   */
  List<E> findEvents(EventQuery query);

  /**
   * Brings a dead letter of this table back as a PENDING event due now, with no attempts made, and
   * deletes the dead letter, in one transaction.
   *
   * <p>When the event row still exists in this table (the pipeline added the dead letter beside a
   * FAILED event), that row is requeued. When it was moved out, the row is written back with its
   * original id, payload, headers and keys. It gets a new sequence number, so it counts as the
   * newest event of its partition key. A dead letter of the other table is not touched.
   *
   * @return the event as it is now, or empty when no dead letter of this table has this id
   * @throws IllegalStateException when the dead letter cannot be replayed: it contains no stored
   *     event (a message that could not be decoded), its event row exists in a status other than
   *     FAILED, or another row took its deduplication key meanwhile. The message names the cause.
   */
  Optional<E> replayDeadLetter(UUID deadLetterId);
}
