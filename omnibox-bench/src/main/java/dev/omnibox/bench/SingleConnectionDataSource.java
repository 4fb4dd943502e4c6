package dev.omnibox.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that hands out one connection again and again, so that a repository built over a
 * data source stays on its worker's connection. Closing a handed-out connection does nothing; the
 * worker closes the real one.
 */
final class SingleConnectionDataSource implements DataSource {

  private final Connection shared;

  SingleConnectionDataSource(Connection connection) {
    this.shared =
        (Connection)
            Proxy.newProxyInstance(
                SingleConnectionDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
  }

  @Override
  public Connection getConnection() {
    return shared;
  }

  @Override
  public Connection getConnection(String username, String password) {
    return shared;
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
    throw new SQLFeatureNotSupportedException("SingleConnectionDataSource does not log");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("SingleConnectionDataSource wraps no data source");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
