package dev.omnibox.ejb.storage.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Plain-JDBC rows for schema tests: valid defaults that a test overrides column by column. */
public final class Rows {

  /**
   * One creation time for all rows, so that partitioned unique keys (which add created_at) match.
   */
  private static final LocalDateTime NOW = LocalDateTime.now(ZoneOffset.UTC).withNano(0);

  private Rows() {}

  /** Returns a valid PENDING outbox row. */
  public static Map<String, Object> outbox() {
    Map<String, Object> row = common();
    row.put("topic", "orders");
    return row;
  }

  /** Returns a valid PENDING inbox row with a random message id in group {@code g1}. */
  public static Map<String, Object> inbox() {
    Map<String, Object> row = common();
    row.put("message_id", UUID.randomUUID().toString());
    row.put("consumer_group", "g1");
    return row;
  }

  private static Map<String, Object> common() {
    LocalDateTime now = NOW;
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", UUID.randomUUID());
    row.put("event_type", "OrderPlaced");
    row.put("payload", "{\"order\":1}");
    row.put("status", "PENDING");
    row.put("attempts_made", 0);
    row.put("max_attempts", 3);
    row.put("scheduled_at", now);
    row.put("created_at", now);
    row.put("updated_at", now);
    return row;
  }

  /** Inserts the row; a UUID id is written as text on MariaDB, whose id column is CHAR(36). */
  public static void insert(Connection connection, String table, Map<String, Object> row)
      throws SQLException {
    String columns = String.join(", ", row.keySet());
    String marks = row.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
    String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")";
    boolean textIds = connection.getMetaData().getDatabaseProductName().contains("MariaDB");
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int index = 1;
      for (Object value : row.values()) {
        statement.setObject(index++, textIds && value instanceof UUID ? value.toString() : value);
      }
      statement.executeUpdate();
    }
  }
}
