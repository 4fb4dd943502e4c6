package dev.omnibox.sample.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the state of omnibox rows for the read endpoints, with plain JDBC on the omnibox tables.
 */
@ApplicationScoped
public class EventRows {

  /** One outbox row: the event id is the message id that the inbox rows carry. */
  public record OutboxRow(String eventId, String status, int attempts, String lastError) {}

  /** One inbox row of one consumer group. */
  public record InboxRow(
      String messageId,
      String consumerGroup,
      String eventType,
      String schemaVersion,
      String status,
      int attempts,
      String lastError) {}

  @Inject SampleStorage storage;

  /** Returns the outbox events of one aggregate, oldest first. */
  public List<OutboxRow> outboxEvents(String aggregateType, String aggregateId) {
    String sql =
        "SELECT id, status, attempts_made, last_error FROM outbox_events"
            + " WHERE aggregate_type = ? AND aggregate_id = ? ORDER BY seq";
    List<OutboxRow> rows = new ArrayList<>();
    try (Connection connection = storage.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, aggregateType);
      statement.setString(2, aggregateId);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(
              new OutboxRow(
                  result.getString(1), result.getString(2), result.getInt(3), result.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the outbox events of " + aggregateType + " " + aggregateId + " failed", e);
    }
    return rows;
  }

  /** Returns the inbox rows of one message id, one per consumer group that received it. */
  public List<InboxRow> inboxEvents(String messageId) {
    String sql =
        "SELECT message_id, consumer_group, event_type, schema_version, status, attempts_made,"
            + " last_error FROM inbox_events WHERE message_id = ? ORDER BY consumer_group";
    List<InboxRow> rows = new ArrayList<>();
    try (Connection connection = storage.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, messageId);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(
              new InboxRow(
                  result.getString(1),
                  result.getString(2),
                  result.getString(3),
                  result.getString(4),
                  result.getString(5),
                  result.getInt(6),
                  result.getString(7)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the inbox rows of message " + messageId + " failed", e);
    }
    return rows;
  }
}
