package dev.omnibox.it.inbox;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections use the PostgreSQL schema {@value #SCHEMA}, so the inbox tests
 * keep their tables apart from other tests. The search path is set with {@code SET LOCAL}, which
 * ends with the transaction, so pooled connections return to the pool unchanged. Connections must
 * therefore be taken inside a JTA transaction.
 */
public final class InboxItSchema implements DataSource {

  public static final String SCHEMA = "omnibox_inbox_it";

  private final DataSource delegate;

  public InboxItSchema(DataSource delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
  }

  /** Returns {@code table} qualified with the test schema. */
  public static String table(String table) {
    return SCHEMA + "." + table;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return inSchema(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return inSchema(delegate.getConnection(user, password));
  }

  private static Connection inSchema(Connection connection) throws SQLException {
    if (connection.getAutoCommit()) {
      connection.close();
      throw new SQLException(
          "the inbox test schema needs a JTA transaction; take the connection inside one");
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL search_path TO " + SCHEMA);
    }
    return connection;
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return delegate.isWrapperFor(type);
  }
}
