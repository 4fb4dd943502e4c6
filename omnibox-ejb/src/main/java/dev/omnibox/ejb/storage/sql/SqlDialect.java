package dev.omnibox.ejb.storage.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The SQL that differs between the supported databases: the database clock, id binding, limits, row
 * locking and inserts that skip duplicates. All timestamps are UTC wall-clock values in columns
 * without a time zone, so they are bound and read as {@link LocalDateTime} in UTC.
 */
public abstract class SqlDialect {

  private final DatabaseKind kind;

  SqlDialect(DatabaseKind kind) {
    this.kind = kind;
  }

  /** Returns the dialect of a database kind. */
  public static SqlDialect of(DatabaseKind kind) {
    Objects.requireNonNull(kind, "kind must not be null");
    return switch (kind) {
      case POSTGRESQL -> new PostgresqlDialect();
      case MARIADB -> new MariadbDialect();
      case H2 -> new H2Dialect();
    };
  }

  /** Returns the dialect of the database behind a connection, from its JDBC metadata. */
  public static SqlDialect detect(Connection connection) throws SQLException {
    return of(DatabaseKind.fromProductName(connection.getMetaData().getDatabaseProductName()));
  }

  public DatabaseKind kind() {
    return kind;
  }

  /** Returns the SQL expression of the database clock as a UTC timestamp without a time zone. */
  public abstract String now();

  /**
   * Returns an expression for the database clock minus a duration bound as one parameter with
   * {@link #bindDuration}.
   */
  public abstract String nowMinusParameter();

  /** Binds a duration for {@link #nowMinusParameter()}. */
  public abstract void bindDuration(PreparedStatement statement, int index, Duration duration)
      throws SQLException;

  /** Returns the row-limiting clause with one parameter for the row count. */
  public String limitParameter() {
    return "LIMIT ?";
  }

  /**
   * Returns whether one statement can lock candidates and update them ({@code UPDATE ...
   * RETURNING}).
   */
  public abstract boolean claimsInOneStatement();

  /**
   * Returns an insert that skips a row breaking a unique key and reports that with an update count
   * of zero, without aborting the transaction. Returns null when the database has no such
   * statement, so a savepoint must guard a plain insert instead.
   *
   * @param insert a plain {@code INSERT INTO ... VALUES (...)}
   * @param conflictTarget the unique key columns (and partial-index predicate) to skip on, or null
   *     for any unique key
   */
  public abstract String insertSkippingDuplicate(String insert, String conflictTarget);

  /**
   * Returns the statement that locks an ordering key until the transaction ends. Its parameters
   * come from {@link #addLockKey}. MariaDB and H2 lock the key's row in {@code
   * omnibox_partition_keys}, creating the row if absent.
   */
  public abstract String lockKey();

  /** Adds the parameters of {@link #lockKey()}: the key scope and the key. */
  public Params addLockKey(Params params, String scope, String key) {
    return params.add(scope).add(key);
  }

  /**
   * Returns the clause that makes a lookup read the newest committed row instead of the
   * transaction's snapshot, or an empty string where reads see committed rows anyway (READ
   * COMMITTED, the default of PostgreSQL and H2). MariaDB defaults to REPEATABLE READ.
   */
  public String latestCommittedRead() {
    return "";
  }

  /** Returns whether ids are bound as text (a CHAR(36) column) instead of a UUID column. */
  boolean idsAsText() {
    return false;
  }

  public void bindId(PreparedStatement statement, int index, UUID id) throws SQLException {
    if (idsAsText()) {
      statement.setString(index, id == null ? null : id.toString());
    } else if (id == null) {
      // OTHER leaves the type open, so PostgreSQL takes the column's uuid type for the null.
      statement.setNull(index, Types.OTHER);
    } else {
      statement.setObject(index, id);
    }
  }

  public UUID readId(ResultSet result, String column) throws SQLException {
    if (idsAsText()) {
      String text = result.getString(column);
      return text == null ? null : UUID.fromString(text);
    }
    return result.getObject(column, UUID.class);
  }

  public void bindTime(PreparedStatement statement, int index, Instant time) throws SQLException {
    if (time == null) {
      statement.setNull(index, Types.TIMESTAMP);
    } else {
      statement.setObject(index, LocalDateTime.ofInstant(time, ZoneOffset.UTC));
    }
  }

  public Instant readTime(ResultSet result, String column) throws SQLException {
    LocalDateTime value = result.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  /** Returns {@code column IN (?, ?, ...)} for {@code count} parameters. */
  public static String inList(String column, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, but was " + count);
    }
    return column + " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
  }

  /** Binds ids from {@code index} on and returns the next free parameter index. */
  public int bindIds(PreparedStatement statement, int index, Collection<UUID> ids)
      throws SQLException {
    int next = index;
    for (UUID id : ids) {
      bindId(statement, next++, id);
    }
    return next;
  }

  /** Splits ids into chunks small enough for one IN list. */
  public static <T> List<List<T>> chunks(List<T> items, int size) {
    List<List<T>> result = new java.util.ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      result.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    return result;
  }
}
