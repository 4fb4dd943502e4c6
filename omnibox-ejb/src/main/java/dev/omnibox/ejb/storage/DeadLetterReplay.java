package dev.omnibox.ejb.storage;

import static dev.omnibox.ejb.storage.AbstractEventRepository.first;
import static dev.omnibox.ejb.storage.AbstractEventRepository.lockKey;
import static dev.omnibox.ejb.storage.AbstractEventRepository.update;

import dev.omnibox.ejb.storage.jdbc.StorageSession;
import dev.omnibox.ejb.storage.sql.EventSql;
import dev.omnibox.ejb.storage.sql.Params;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.InvalidEventException;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.model.StoredEventBuilder;
import dev.omnibox.spi.EventAdministration;
import dev.omnibox.spi.EventKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the event in a dead letter back into its event table as PENDING and deletes the dead
 * letter, in one transaction. It is the opposite of {@link DeadLetterMove}.
 *
 * @param <E> the event class stored
 */
final class DeadLetterReplay<E extends StoredEvent> {

  private final AbstractEventRepository<E> repository;
  private final StorageSession session;
  private final String table;
  private final EventKind kind;

  DeadLetterReplay(AbstractEventRepository<E> repository) {
    this.repository = repository;
    this.session = repository.session;
    this.table = repository.table();
    this.kind = repository.kind();
  }

  /**
   * Replays one dead letter of this table's kind, as {@link EventAdministration#replayDeadLetter}
   * describes.
   */
  Optional<E> replay(UUID deadLetterId) {
    Objects.requireNonNull(deadLetterId, "deadLetterId must not be null");
    return session.inTransaction(
        "replay dead letter into " + table,
        c -> {
          EventSql s = repository.sql(c);
          Optional<UUID> eventId = lockDeadLetter(c, s, deadLetterId);
          if (eventId.isEmpty()) {
            return Optional.empty();
          }
          if (lockEventRow(c, s, eventId.get())) {
            requeueExisting(c, s, deadLetterId, eventId.get());
          } else {
            insertReplayed(c, s, deadLetterId, readDeadLetterEvent(c, s, deadLetterId));
          }
          update(
              c,
              s,
              "DELETE FROM dead_letter_events WHERE id = ?",
              repository.params(s).add(deadLetterId));
          return first(
              repository.selectWhere(c, s, "id = ?", repository.params(s).add(eventId.get())));
        });
  }

  /**
   * Locks the dead letter of this table's kind and returns the id of the event it holds, or empty
   * when there is no such dead letter.
   */
  private Optional<UUID> lockDeadLetter(Connection c, EventSql s, UUID deadLetterId)
      throws SQLException {
    String statement =
        "SELECT event_id AS id FROM dead_letter_events WHERE id = ? AND event_kind = ? FOR UPDATE";
    try (PreparedStatement prepared = c.prepareStatement(statement)) {
      repository.params(s).add(deadLetterId).add(kind.name()).bind(prepared);
      try (ResultSet row = prepared.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        UUID eventId = s.dialect().readId(row, "id");
        if (eventId == null) {
          throw new IllegalStateException(
              "Dead letter "
                  + deadLetterId
                  + " holds a message that was never stored as an event, so it cannot be"
                  + " replayed; inspect its payload and remove it");
        }
        return Optional.of(eventId);
      }
    }
  }

  /** Rebuilds the event that a dead letter holds, as a new PENDING row due now. */
  private E readDeadLetterEvent(Connection c, EventSql s, UUID deadLetterId) throws SQLException {
    String statement =
        "SELECT event_id, event_type, payload, headers, schema_version, trace_id, correlation_id,"
            + " causation_id, idempotency_key, max_attempts, created_at, dead_lettered_at,"
            + " aggregate_type, aggregate_id, COALESCE(topic, scope) AS topic, partition_key,"
            + " message_id, COALESCE(consumer_group, scope) AS consumer_group, source"
            + " FROM dead_letter_events WHERE id = ?";
    try (PreparedStatement prepared = c.prepareStatement(statement)) {
      repository.params(s).add(deadLetterId).bind(prepared);
      try (ResultSet row = prepared.executeQuery()) {
        row.next();
        return buildReplayed(row, s);
      } catch (InvalidEventException e) {
        throw new IllegalStateException(
            "Dead letter "
                + deadLetterId
                + " lacks columns of a stored event, so it cannot be replayed: "
                + e.getMessage(),
            e);
      }
    }
  }

  private E buildReplayed(ResultSet row, EventSql s) throws SQLException {
    int maxAttempts = row.getInt("max_attempts");
    if (row.wasNull()) {
      maxAttempts = StoredEventBuilder.DEFAULT_MAX_ATTEMPTS;
    }
    Instant created = s.dialect().readTime(row, "created_at");
    if (created == null) {
      created = s.dialect().readTime(row, "dead_lettered_at");
    }
    StoredEventBuilder<E, ?> builder = repository.readKindColumns(row, s.dialect());
    EventRows.readSharedColumns(builder, row, s.dialect(), "event_id");
    builder
        .status(EventStatus.PENDING)
        .attemptsMade(0)
        .maxAttempts(maxAttempts)
        // Due at once: the creation time has passed on every clock that matters.
        .scheduledAt(created)
        .createdAt(created)
        .updatedAt(Instant.now());
    return builder.build(repository.readPolicy);
  }

  private boolean lockEventRow(Connection c, EventSql s, UUID id) throws SQLException {
    return !repository
        .queryIds(
            c,
            s,
            "SELECT id FROM " + table + " WHERE id = ? FOR UPDATE",
            repository.params(s).add(id))
        .isEmpty();
  }

  /** The pipeline kept the FAILED row beside the dead letter: requeue that row. */
  private void requeueExisting(Connection c, EventSql s, UUID deadLetterId, UUID eventId)
      throws SQLException {
    if (update(c, s, s.requeueFailed(1), repository.params(s).add(eventId)) == 0) {
      throw new IllegalStateException(
          "Dead letter "
              + deadLetterId
              + " was not replayed: its event "
              + eventId
              + " is still in "
              + table
              + " and is not FAILED. Wait until it is FAILED or COMPLETED, or remove the dead"
              + " letter");
    }
  }

  /** The event was moved out: write it back, after the checks its unique keys need. */
  private void insertReplayed(Connection c, EventSql s, UUID deadLetterId, E event)
      throws SQLException {
    Optional<UUID> conflicting = repository.rowWithDeduplicationKey(c, s, event);
    if (conflicting.isPresent()) {
      throw new IllegalStateException(
          "Dead letter "
              + deadLetterId
              + " was not replayed: event "
              + conflicting.get()
              + " in "
              + table
              + " has the same deduplication key (idempotency key or message id). Handle that"
              + " event instead, or remove the dead letter");
    }
    String partitionKey = repository.partitionKeyOf(event);
    if (partitionKey != null) {
      lockKey(c, s, repository.keyScopeOf(event), partitionKey);
    }
    Params values = repository.commonValues(s, event, partitionKey);
    repository.addKindValues(values, event);
    update(c, s, s.insert(), values);
  }
}
