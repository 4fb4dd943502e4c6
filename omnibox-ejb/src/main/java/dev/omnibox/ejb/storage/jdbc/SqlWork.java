package dev.omnibox.ejb.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with a JDBC connection inside a transaction that a {@link StorageSession} provides.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface SqlWork<T> {

  /** Runs the work; the connection must not be closed, committed or rolled back by it. */
  T run(Connection connection) throws SQLException;
}
