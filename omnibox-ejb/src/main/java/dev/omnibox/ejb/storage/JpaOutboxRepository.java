package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.jdbc.StorageSession;
import dev.omnibox.ejb.storage.sql.EventSql;
import dev.omnibox.ejb.storage.sql.Params;
import dev.omnibox.ejb.storage.sql.SqlDialect;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.model.StoredEventBuilder;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.InsertResult;
import dev.omnibox.spi.OutboxRepository;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The outbox table {@code outbox_events} on PostgreSQL, MariaDB or H2. Runs in the transaction of
 * its {@link StorageSession}: the caller's JTA or resource-local transaction when one is active.
 *
 * <p>Per-key ordering: {@link #insert} of an event with a partition key first locks the key until
 * the transaction ends ({@link dev.omnibox.ejb.storage.sql.SqlDialect#lockKey()}), so transactions
 * writing one key commit one after the other and the seq of the key's events follows commit order.
 * An ordered claim then takes an event only when no event of its key with a smaller seq is PENDING
 * (locked or not), or FAILED while FAILED events block their key. The cost is that concurrent
 * writers of one key wait for each other's commit.
 *
 * <p>Deduplication: an insert whose idempotency key exists returns the existing row as a duplicate
 * and leaves the caller's transaction usable (PostgreSQL {@code ON CONFLICT DO NOTHING}, MariaDB
 * {@code ON DUPLICATE KEY UPDATE id = id}, H2 a savepoint).
 */
public final class JpaOutboxRepository extends AbstractEventRepository<OutboxEvent>
    implements OutboxRepository {

  /** The scope of outbox ordering keys. */
  static final String KEY_SCOPE = "OUTBOX";

  public JpaOutboxRepository(StorageSession session, StorageOptions options) {
    super(session, options, "outbox_events", EventKind.OUTBOX);
  }

  /** Returns a repository in the transactions of a JPA entity manager, with default options. */
  public static JpaOutboxRepository over(EntityManager entityManager) {
    return new JpaOutboxRepository(StorageSession.of(entityManager), StorageOptions.defaults());
  }

  /** Returns a repository over a data source, with default options. */
  public static JpaOutboxRepository over(DataSource dataSource) {
    return new JpaOutboxRepository(StorageSession.of(dataSource), StorageOptions.defaults());
  }

  @Override
  public InsertResult<OutboxEvent> insert(OutboxEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    return insertOnce(
        event,
        keyScopeOf(event),
        partitionKeyOf(event),
        event.idempotencyKey(),
        (c, s) -> findByIdempotencyKey(c, s, event));
  }

  private Optional<OutboxEvent> findByIdempotencyKey(Connection c, EventSql s, OutboxEvent event)
      throws SQLException {
    if (event.idempotencyKey() == null) {
      return Optional.empty();
    }
    return first(
        selectWhere(
            c,
            s,
            "idempotency_key = ?" + s.dialect().latestCommittedRead(),
            params(s).add(event.idempotencyKey())));
  }

  @Override
  List<String> kindColumns() {
    return EventSql.OUTBOX_COLUMNS;
  }

  @Override
  void addKindValues(Params values, OutboxEvent event) {
    values.add(event.aggregateType()).add(event.aggregateId()).add(event.topic());
  }

  @Override
  StoredEventBuilder<OutboxEvent, ?> readKindColumns(ResultSet row, SqlDialect dialect)
      throws SQLException {
    return OutboxEvent.builder()
        .aggregateType(row.getString("aggregate_type"))
        .aggregateId(row.getString("aggregate_id"))
        .topic(row.getString("topic"))
        .partitionKey(row.getString("partition_key"));
  }

  @Override
  String partitionKeyOf(OutboxEvent event) {
    return event.partitionKey();
  }

  @Override
  boolean keyScopedByGroup() {
    return false;
  }

  @Override
  String scopeColumn() {
    return "topic";
  }

  @Override
  String keyScopeOf(OutboxEvent event) {
    return KEY_SCOPE;
  }

  @Override
  Optional<UUID> rowWithDeduplicationKey(Connection c, EventSql s, OutboxEvent event)
      throws SQLException {
    return findByIdempotencyKey(c, s, event).map(OutboxEvent::id);
  }

  /** Applies topics and the key share; sources and consumer group do not apply to the outbox. */
  @Override
  void appendFilters(FetchFilters filters, StringBuilder where, Params params) {
    if (!filters.topics().isEmpty()) {
      where.append(" AND ").append(SqlDialect.inList("c.topic", filters.topics().size()));
      params.addAll(List.copyOf(filters.topics()));
    }
    Filters.appendKeyPartition(filters, where, params);
  }
}
