package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.jdbc.StorageSession;
import dev.omnibox.ejb.storage.sql.Params;
import dev.omnibox.ejb.storage.sql.SqlDialect;
import dev.omnibox.spi.DeadLetter;
import dev.omnibox.spi.DeadLetterQuery;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.EventKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The table {@code dead_letter_events}: dead letters added by the pipeline and FAILED events moved
 * there by {@link AbstractEventRepository#moveToDeadLetters}. Runs in the transaction of its {@link
 * StorageSession}.
 */
public final class JpaDeadLetterStore implements DeadLetterStore {

  private static final String COLUMNS =
      "id, event_kind, event_id, event_type, scope, message_id, payload, headers,"
          + " attempts_made, reason, dead_lettered_at";

  private final StorageSession session;
  private final StorageOptions options;
  private volatile SqlDialect dialect;

  public JpaDeadLetterStore(StorageSession session, StorageOptions options) {
    this.session = Objects.requireNonNull(session, "session must not be null");
    this.options = Objects.requireNonNull(options, "options must not be null");
  }

  @Override
  public void add(DeadLetter deadLetter) {
    Objects.requireNonNull(deadLetter, "deadLetter must not be null");
    String reason =
        dev.omnibox.model.ErrorText.truncate(deadLetter.reason(), options.maxErrorBytes());
    session.inTransaction(
        "add dead letter",
        c -> {
          SqlDialect d = dialect(c);
          Params params =
              new Params(d)
                  .add(deadLetter.id())
                  .add(deadLetter.kind().name())
                  .addId(deadLetter.eventId())
                  .add(deadLetter.eventType())
                  .add(deadLetter.scope())
                  .add(deadLetter.messageId())
                  .add(deadLetter.payload())
                  .add(EventRows.headersJson(deadLetter.headers()))
                  .add(deadLetter.attempts())
                  .add(reason)
                  .add(deadLetter.deadLetteredAt());
          return execute(
              c,
              "INSERT INTO dead_letter_events ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              params);
        });
  }

  @Override
  public Optional<DeadLetter> find(UUID id) {
    Objects.requireNonNull(id, "id must not be null");
    return session.inTransaction(
        "find dead letter",
        c -> {
          SqlDialect d = dialect(c);
          List<DeadLetter> found =
              query(
                  c,
                  d,
                  "SELECT " + COLUMNS + " FROM dead_letter_events WHERE id = ?",
                  new Params(d).add(id));
          return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
  }

  @Override
  public List<DeadLetter> findRecent(int limit) {
    AbstractEventRepository.requirePositive("limit", limit);
    return session.inTransaction(
        "find recent dead letters",
        c -> {
          SqlDialect d = dialect(c);
          String statement =
              "SELECT "
                  + COLUMNS
                  + " FROM dead_letter_events ORDER BY dead_lettered_at DESC, id "
                  + d.limitParameter();
          return query(c, d, statement, new Params(d).add(limit));
        });
  }

  @Override
  public List<DeadLetter> findMatching(DeadLetterQuery query) {
    Objects.requireNonNull(query, "query must not be null");
    return session.inTransaction(
        "find matching dead letters",
        c -> {
          SqlDialect d = dialect(c);
          Params params = new Params(d);
          List<String> conditions = new ArrayList<>();
          if (query.kind() != null) {
            conditions.add("event_kind = ?");
            params.add(query.kind().name());
          }
          if (query.scope() != null) {
            conditions.add("scope = ?");
            params.add(query.scope());
          }
          if (query.eventType() != null) {
            conditions.add("event_type = ?");
            params.add(query.eventType());
          }
          params.add(query.limit());
          String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
          String statement =
              "SELECT "
                  + COLUMNS
                  + " FROM dead_letter_events"
                  + where
                  + " ORDER BY dead_lettered_at DESC, id "
                  + d.limitParameter();
          return query(c, d, statement, params);
        });
  }

  @Override
  public boolean remove(UUID id) {
    Objects.requireNonNull(id, "id must not be null");
    return session.inTransaction(
        "remove dead letter",
        c ->
            execute(
                    c,
                    "DELETE FROM dead_letter_events WHERE id = ?",
                    new Params(dialect(c)).add(id))
                == 1);
  }

  private SqlDialect dialect(Connection connection) throws SQLException {
    SqlDialect current = dialect;
    if (current == null) {
      current =
          options.databaseKind() != null
              ? SqlDialect.of(options.databaseKind())
              : SqlDialect.detect(connection);
      dialect = current;
    }
    return current;
  }

  private static int execute(Connection c, String statement, Params params) throws SQLException {
    try (PreparedStatement prepared = c.prepareStatement(statement)) {
      params.bind(prepared);
      return prepared.executeUpdate();
    }
  }

  private static List<DeadLetter> query(Connection c, SqlDialect d, String statement, Params params)
      throws SQLException {
    try (PreparedStatement prepared = c.prepareStatement(statement)) {
      params.bind(prepared);
      try (ResultSet row = prepared.executeQuery()) {
        List<DeadLetter> letters = new ArrayList<>();
        while (row.next()) {
          letters.add(read(row, d));
        }
        return letters;
      }
    }
  }

  private static DeadLetter read(ResultSet row, SqlDialect d) throws SQLException {
    return new DeadLetter(
        d.readId(row, "id"),
        EventKind.valueOf(row.getString("event_kind")),
        d.readId(row, "event_id"),
        row.getString("event_type"),
        row.getString("scope"),
        row.getString("message_id"),
        row.getString("payload"),
        EventRows.parseHeaders(row.getString("headers")),
        row.getInt("attempts_made"),
        row.getString("reason"),
        d.readTime(row, "dead_lettered_at"));
  }
}
