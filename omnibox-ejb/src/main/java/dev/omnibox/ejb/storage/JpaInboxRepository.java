package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.jdbc.StorageSession;
import dev.omnibox.ejb.storage.sql.EventSql;
import dev.omnibox.ejb.storage.sql.Params;
import dev.omnibox.ejb.storage.sql.SqlDialect;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.StoredEventBuilder;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.InsertResult;
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
 * The inbox table {@code inbox_events} on PostgreSQL, MariaDB or H2, deduplicated per (message id,
 * consumer group). Runs in the transaction of its {@link StorageSession}.
 *
 * <p>An insert of a message whose (message id, consumer group) exists returns the existing row as a
 * duplicate and leaves the caller's transaction usable; of two concurrent inserts of one key, one
 * inserts and the other waits for its commit and then returns the duplicate.
 *
 * <p>Per-key ordering: the key is the event's partition key, scoped by the consumer group. The rule
 * is the outbox's (see {@link JpaOutboxRepository}): an insert with a key first locks (consumer
 * group, key) until the transaction ends, so seq follows commit order within a key, and an ordered
 * claim takes an event only when no earlier event of its key and group is unfinished.
 */
public final class JpaInboxRepository extends AbstractEventRepository<InboxEvent>
    implements InboxRepository {

  public JpaInboxRepository(StorageSession session, StorageOptions options) {
    super(session, options, "inbox_events", EventKind.INBOX);
  }

  /** Returns a repository in the transactions of a JPA entity manager, with default options. */
  public static JpaInboxRepository over(EntityManager entityManager) {
    return new JpaInboxRepository(StorageSession.of(entityManager), StorageOptions.defaults());
  }

  /** Returns a repository over a data source, with default options. */
  public static JpaInboxRepository over(DataSource dataSource) {
    return new JpaInboxRepository(StorageSession.of(dataSource), StorageOptions.defaults());
  }

  @Override
  boolean insertsFailedRows() {
    return true;
  }

  @Override
  public InsertResult<InboxEvent> insert(InboxEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    return insertOnce(
        event,
        keyScopeOf(event),
        partitionKeyOf(event),
        event.consumerGroup() + "\n" + event.messageId(),
        (c, s) -> findDuplicate(c, s, event));
  }

  @Override
  public Optional<InboxEvent> findByMessageId(String messageId, String consumerGroup) {
    Objects.requireNonNull(messageId, "messageId must not be null");
    Objects.requireNonNull(consumerGroup, "consumerGroup must not be null");
    return session.inTransaction(
        "find by message id in inbox_events",
        c -> findByMessageId(c, sql(c), messageId, consumerGroup, ""));
  }

  @Override
  public boolean hasCompletedSibling(InboxEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    return session.inTransaction(
        "find completed sibling in inbox_events",
        c -> {
          EventSql s = sql(c);
          String statement =
              "SELECT id FROM inbox_events WHERE message_id = ? AND consumer_group = ?"
                  + " AND id <> ? AND status = 'COMPLETED'";
          return !queryIds(
                  c,
                  s,
                  statement,
                  params(s).add(event.messageId()).add(event.consumerGroup()).add(event.id()))
              .isEmpty();
        });
  }

  private Optional<InboxEvent> findDuplicate(Connection c, EventSql s, InboxEvent event)
      throws SQLException {
    String latest = s.dialect().latestCommittedRead();
    Optional<InboxEvent> byMessage =
        findByMessageId(c, s, event.messageId(), event.consumerGroup(), latest);
    if (byMessage.isPresent() || event.idempotencyKey() == null) {
      return byMessage;
    }
    return first(
        selectWhere(
            c,
            s,
            "consumer_group = ? AND idempotency_key = ?" + latest,
            params(s).add(event.consumerGroup()).add(event.idempotencyKey())));
  }

  private Optional<InboxEvent> findByMessageId(
      Connection c, EventSql s, String messageId, String group, String suffix) throws SQLException {
    // The partitioned table may hold one row per partition; the oldest one is the original.
    List<InboxEvent> rows =
        selectWhere(
            c,
            s,
            "message_id = ? AND consumer_group = ? ORDER BY seq" + suffix,
            params(s).add(messageId).add(group));
    return first(rows);
  }

  @Override
  List<String> kindColumns() {
    return EventSql.INBOX_COLUMNS;
  }

  @Override
  void addKindValues(Params values, InboxEvent event) {
    values.add(event.messageId()).add(event.consumerGroup()).add(event.source());
  }

  @Override
  StoredEventBuilder<InboxEvent, ?> readKindColumns(ResultSet row, SqlDialect dialect)
      throws SQLException {
    return InboxEvent.builder()
        .messageId(row.getString("message_id"))
        .consumerGroup(row.getString("consumer_group"))
        .source(row.getString("source"))
        .partitionKey(row.getString("partition_key"));
  }

  @Override
  String partitionKeyOf(InboxEvent event) {
    return event.partitionKey();
  }

  @Override
  boolean keyScopedByGroup() {
    return true;
  }

  @Override
  String scopeColumn() {
    return "consumer_group";
  }

  @Override
  String keyScopeOf(InboxEvent event) {
    return "INBOX:" + event.consumerGroup();
  }

  @Override
  Optional<UUID> rowWithDeduplicationKey(Connection c, EventSql s, InboxEvent event)
      throws SQLException {
    return findDuplicate(c, s, event).map(InboxEvent::id);
  }

  /** Applies sources, the consumer group and the key share; topics do not apply to the inbox. */
  @Override
  void appendFilters(FetchFilters filters, StringBuilder where, Params params) {
    if (!filters.sources().isEmpty()) {
      where.append(" AND ").append(SqlDialect.inList("c.source", filters.sources().size()));
      params.addAll(List.copyOf(filters.sources()));
    }
    if (filters.consumerGroup() != null) {
      where.append(" AND c.consumer_group = ?");
      params.add(filters.consumerGroup());
    }
    Filters.appendKeyPartition(filters, where, params);
  }
}
