package dev.omnibox.ejb.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/** A session that borrows a connection from a data source for each call. */
final class DataSourceSession implements StorageSession {

  private final DataSource dataSource;

  DataSourceSession(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
  }

  @Override
  public <T> T inTransaction(String operation, SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.getAutoCommit()) {
        return work.run(connection);
      }
      return runOwnTransaction(connection, operation, work);
    } catch (SQLException e) {
      throw StorageErrors.translate(operation, e);
    }
  }

  private static <T> T runOwnTransaction(Connection connection, String operation, SqlWork<T> work)
      throws SQLException {
    connection.setAutoCommit(false);
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(connection, e);
      throw e;
    } finally {
      restoreAutoCommit(connection);
    }
  }

  private static void rollbackQuietly(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }

  private static void restoreAutoCommit(Connection connection) {
    try {
      if (!connection.isClosed()) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException ignored) {
      // The connection is broken; closing it is all that is left, and the caller's error is
      // rethrown.
    }
  }
}
