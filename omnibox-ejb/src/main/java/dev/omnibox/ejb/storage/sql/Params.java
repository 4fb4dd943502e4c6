package dev.omnibox.ejb.storage.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Statement parameters collected while a statement is built, bound in order by a dialect: UUIDs as
 * ids, instants as UTC timestamps, durations in the dialect's interval form.
 */
public final class Params {

  private final SqlDialect dialect;
  private final List<Object> values = new ArrayList<>();

  public Params(SqlDialect dialect) {
    this.dialect = dialect;
  }

  /** Adds one value; null is bound as a VARCHAR null. */
  public Params add(Object value) {
    values.add(value);
    return this;
  }

  /** Adds an id that may be null, bound as a null of the id column's type. */
  public Params addId(UUID id) {
    values.add(id == null ? NullId.INSTANCE : id);
    return this;
  }

  public Params addAll(Collection<?> items) {
    values.addAll(items);
    return this;
  }

  /** Adds the values of {@code other}, in order, after those of this. */
  public Params append(Params other) {
    values.addAll(other.values);
    return this;
  }

  /** Binds every value from parameter 1 on. */
  public void bind(PreparedStatement statement) throws SQLException {
    int index = 1;
    for (Object value : values) {
      bindOne(statement, index++, value);
    }
  }

  private void bindOne(PreparedStatement statement, int index, Object value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else if (value instanceof UUID id) {
      dialect.bindId(statement, index, id);
    } else if (value instanceof Instant time) {
      dialect.bindTime(statement, index, time);
    } else if (value instanceof Duration duration) {
      dialect.bindDuration(statement, index, duration);
    } else if (value instanceof NullId) {
      dialect.bindId(statement, index, null);
    } else if (value instanceof NullTime) {
      statement.setNull(index, Types.TIMESTAMP);
    } else {
      statement.setObject(index, value);
    }
  }

  /** A null id, for parameters whose SQL type the database must know. */
  public enum NullId {
    INSTANCE
  }

  /** A null timestamp, for parameters whose SQL type the database must know. */
  public enum NullTime {
    INSTANCE
  }
}
