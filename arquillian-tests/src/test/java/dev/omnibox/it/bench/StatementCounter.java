package dev.omnibox.it.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Counts the JDBC statements that omnibox runs: a data source wrapper whose connections count each
 * {@code execute}, {@code executeQuery}, {@code executeUpdate} and {@code executeBatch} call, and
 * each connection taken. Everything else is passed through unchanged, so the server's datasource
 * still enlists the connections in the JTA transaction.
 */
final class StatementCounter {

  private final LongAdder statements = new LongAdder();
  private final LongAdder connections = new LongAdder();

  /** Returns a data source that counts what goes through it and delegates to {@code target}. */
  DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target);
  }

  long statements() {
    return statements.sum();
  }

  long connections() {
    return connections.sum();
  }

  private <T> T proxy(Class<T> type, T target) {
    InvocationHandler handler = (proxy, method, arguments) -> invoke(target, method, arguments);
    return type.cast(
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
    Object result;
    try {
      result = method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    Class<?> declared = method.getReturnType();
    if (result instanceof Connection connection && declared == Connection.class) {
      connections.increment();
      return proxy(Connection.class, connection);
    }
    if (result instanceof Statement && Statement.class.isAssignableFrom(declared)) {
      return wrapStatement(result, declared);
    }
    if (target instanceof Statement && method.getName().startsWith("execute")) {
      statements.increment();
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private Object wrapStatement(Object statement, Class<?> declaredType) {
    return proxy((Class<Object>) declaredType, statement);
  }
}
