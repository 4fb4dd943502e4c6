package dev.omnibox.ejb.storage.testing;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that always hands out one connection, wrapped so that callers cannot close it. With
 * auto-commit off, storage sessions treat it as enlisted and leave commit to the test.
 */
public final class SingleConnectionDataSource implements DataSource {

  private final Connection target;
  private final Connection unclosable;

  public SingleConnectionDataSource(Connection target) {
    this.target = target;
    this.unclosable =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(this.target, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
  }

  /** Returns the real connection, which the test closes to simulate a dying worker. */
  public Connection target() {
    return target;
  }

  @Override
  public Connection getConnection() {
    return unclosable;
  }

  @Override
  public Connection getConnection(String username, String password) {
    return unclosable;
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Nothing is logged here.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // The connection is open already.
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("No parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("Not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
