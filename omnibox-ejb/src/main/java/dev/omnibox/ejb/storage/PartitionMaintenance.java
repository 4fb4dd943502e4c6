package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.jdbc.StorageSession;
import dev.omnibox.ejb.storage.sql.DatabaseKind;
import dev.omnibox.ejb.storage.sql.SqlDialect;
import dev.omnibox.spi.EventRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Drops old partitions of the range-partitioned PostgreSQL tables ({@code postgresql-partitioned}
 * DDL) with the DDL's own function {@code omnibox_drop_partitions}, which keeps every partition
 * that still contains PENDING or FAILED events. On any other schema it drops nothing.
 */
public final class PartitionMaintenance {

  private static final List<String> TABLES = List.of("outbox_events", "inbox_events");

  private static final String IS_PARTITIONED =
      "SELECT EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass('outbox_events')"
          + " AND relkind = 'p') AND to_regproc('omnibox_drop_partitions') IS NOT NULL";

  private static final String DROP = "SELECT omnibox_drop_partitions(?, ?)";

  private final StorageSession session;

  public PartitionMaintenance(StorageSession session) {
    this.session = Objects.requireNonNull(session, "session must not be null");
  }

  public static PartitionMaintenance over(DataSource dataSource) {
    return new PartitionMaintenance(StorageSession.of(dataSource));
  }

  /**
   * Returns the partition maintenance over the session of {@code repository} when it is one of
   * omnibox's storage repositories, else empty.
   */
  public static Optional<PartitionMaintenance> sharing(EventRepository<?> repository) {
    Objects.requireNonNull(repository, "repository must not be null");
    if (repository instanceof AbstractEventRepository<?> storage) {
      return Optional.of(new PartitionMaintenance(storage.session));
    }
    return Optional.empty();
  }

  /**
   * Returns whether the tables are the partitioned PostgreSQL variant: {@code outbox_events} is a
   * partitioned table and {@code omnibox_drop_partitions} exists.
   */
  public boolean isPartitioned() {
    return session.inTransaction("detect partitioned tables", PartitionMaintenance::isPartitioned);
  }

  /**
   * Drops the partitions of {@code outbox_events} and {@code inbox_events} whose range ends at or
   * before {@code cutoff} and that hold only COMPLETED events.
   *
   * @return the number of partitions dropped, 0 when the tables are not partitioned
   */
  public int dropPartitionsBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff must not be null");
    return session.inTransaction("drop old partitions", connection -> drop(connection, cutoff));
  }

  private static int drop(Connection connection, Instant cutoff) throws SQLException {
    if (!isPartitioned(connection)) {
      return 0;
    }
    int dropped = 0;
    for (String table : TABLES) {
      int count = dropPartitions(connection, table, cutoff);
      StorageLogger.LOG.partitionsDropped(count, table, cutoff);
      dropped += count;
    }
    return dropped;
  }

  private static int dropPartitions(Connection connection, String table, Instant cutoff)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(DROP)) {
      statement.setString(1, table);
      statement.setObject(2, cutoff.atOffset(ZoneOffset.UTC).toLocalDateTime());
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  private static boolean isPartitioned(Connection connection) throws SQLException {
    if (SqlDialect.detect(connection).kind() != DatabaseKind.POSTGRESQL) {
      return false;
    }
    try (PreparedStatement statement = connection.prepareStatement(IS_PARTITIONED);
        ResultSet result = statement.executeQuery()) {
      return result.next() && result.getBoolean(1);
    }
  }
}
