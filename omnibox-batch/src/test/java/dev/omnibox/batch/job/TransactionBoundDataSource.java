package dev.omnibox.batch.job;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands out the connection of the thread's {@link JdbcTransactionManager} transaction, with
 * auto-commit off, or a new auto-commit connection when no transaction is active.
 */
final class TransactionBoundDataSource implements DataSource {

  private final JdbcTransactionManager manager;

  TransactionBoundDataSource(JdbcTransactionManager manager) {
    this.manager = manager;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection joined = manager.transactionConnection();
    return joined == null ? manager.newConnection() : JdbcTransactionManager.unclosable(joined);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
