package dev.omnibox.ejb.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * {@link OutboxBacklog} over the {@code outbox_events} table of the omnibox schema, for PostgreSQL,
 * MariaDB and H2. Produce it as a CDI bean over the same datasource as the outbox repository to get
 * the backlog gauges.
 *
 * <p>The query groups all PENDING rows by topic. The partial index on PENDING rows keeps it to the
 * backlog, but it still reads every pending row, which the gauges' refresh interval bounds.
 */
public final class JdbcOutboxBacklog implements OutboxBacklog {

  static final String QUERY =
      "SELECT topic, COUNT(*), MIN(created_at) FROM outbox_events"
          + " WHERE status = 'PENDING' GROUP BY topic";

  private final DataSource dataSource;

  public JdbcOutboxBacklog(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
  }

  /**
   * Runs the query; timestamps are read as UTC, as the storage writes them.
   *
   * @throws IllegalStateException when the query fails, with the SQL error as the cause
   */
  @Override
  public List<TopicBacklog> pendingByTopic() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(QUERY);
        ResultSet rows = statement.executeQuery()) {
      List<TopicBacklog> backlog = new ArrayList<>();
      while (rows.next()) {
        LocalDateTime oldest = rows.getObject(3, LocalDateTime.class);
        backlog.add(
            new TopicBacklog(rows.getString(1), rows.getLong(2), oldest.toInstant(ZoneOffset.UTC)));
      }
      return backlog;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Reading the outbox backlog failed (" + QUERY + "): " + e.getMessage(), e);
    }
  }
}
