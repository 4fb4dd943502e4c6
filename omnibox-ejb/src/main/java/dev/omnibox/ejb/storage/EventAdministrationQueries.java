package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.AbstractEventRepository.Row;
import dev.omnibox.ejb.storage.jdbc.StorageSession;
import dev.omnibox.ejb.storage.sql.EventSql;
import dev.omnibox.ejb.storage.sql.Params;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.EventQuery;
import dev.omnibox.spi.StatusCount;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Operator queries of one event table, which {@link AbstractEventRepository} offers as its {@link
 * dev.omnibox.spi.EventAdministration}. They count events per scope and status and read pages of
 * events.
 *
 * @param <E> the event class stored
 */
final class EventAdministrationQueries<E extends StoredEvent> {

  private final AbstractEventRepository<E> repository;
  private final StorageSession session;
  private final String table;

  EventAdministrationQueries(AbstractEventRepository<E> repository) {
    this.repository = repository;
    this.session = repository.session;
    this.table = repository.table();
  }

  /**
   * Counts events per scope and status in one statement, so that all counts come from one snapshot.
   * Each status has a branch with its name as a literal, so PostgreSQL can use its partial index.
   */
  List<StatusCount> countByStatus() {
    String scope = repository.scopeColumn();
    StringBuilder statement = new StringBuilder();
    for (EventStatus status : EventStatus.values()) {
      if (!statement.isEmpty()) {
        statement.append(" UNION ALL ");
      }
      statement
          .append("SELECT ")
          .append(scope)
          .append(" AS scope, '")
          .append(status.name())
          .append("' AS status, COUNT(*) AS events, MIN(created_at) AS oldest FROM ")
          .append(table)
          .append(" WHERE status = '")
          .append(status.name())
          .append("' GROUP BY ")
          .append(scope);
    }
    statement.append(" ORDER BY scope, status");
    return session.inTransaction(
        "count by status in " + table,
        c -> {
          EventSql s = repository.sql(c);
          try (PreparedStatement prepared = c.prepareStatement(statement.toString());
              ResultSet result = prepared.executeQuery()) {
            List<StatusCount> counts = new ArrayList<>();
            while (result.next()) {
              counts.add(
                  new StatusCount(
                      result.getString("scope"),
                      EventStatus.valueOf(result.getString("status")),
                      result.getLong("events"),
                      s.dialect().readTime(result, "oldest")));
            }
            return counts;
          }
        });
  }

  List<E> findEvents(EventQuery query) {
    Objects.requireNonNull(query, "query must not be null");
    return session.inTransaction(
        "find events in " + table,
        c -> {
          EventSql s = repository.sql(c);
          // The status is a literal from the enum for the same reason as in countByStatus.
          StringBuilder where = new StringBuilder("c.status = '" + query.status().name() + "'");
          Params params = repository.params(s);
          if (query.scope() != null) {
            where.append(" AND c.").append(repository.scopeColumn()).append(" = ?");
            params.add(query.scope());
          }
          if (query.eventType() != null) {
            where.append(" AND c.event_type = ?");
            params.add(query.eventType());
          }
          params.add(query.limit());
          String statement =
              s.selectAll()
                  + " c WHERE "
                  + where
                  + " ORDER BY "
                  + pageOrder(query.status())
                  + " "
                  + s.dialect().limitParameter();
          return repository.query(c, s, statement, params).stream().map(Row::event).toList();
        });
  }

  /** Returns the order of a page, along the index of the status. */
  private static String pageOrder(EventStatus status) {
    return switch (status) {
      case PENDING -> "c.scheduled_at, c.seq";
      case COMPLETED -> "c.completed_at DESC, c.seq DESC";
      case FAILED -> "c.updated_at DESC, c.seq DESC";
    };
  }
}
