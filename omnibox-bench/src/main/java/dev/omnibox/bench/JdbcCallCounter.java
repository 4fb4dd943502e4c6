package dev.omnibox.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the JDBC calls that reach the database through one connection: executed statements,
 * commits and rollbacks, and auto-commit switches (a round trip on some drivers). The bench counts
 * only in a separate probe, so the proxy never slows a measured round.
 */
final class JdbcCallCounter {

  private static final Set<String> EXECUTE_METHODS =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "executeBatch",
          "executeLargeBatch");

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong transactionEnds = new AtomicLong();
  private final AtomicLong autoCommitSwitches = new AtomicLong();

  /** Returns a connection that counts its calls here and forwards them to {@code target}. */
  Connection wrap(Connection target) {
    return proxy(Connection.class, target, this::onConnectionCall);
  }

  long statements() {
    return statements.get();
  }

  long transactionEnds() {
    return transactionEnds.get();
  }

  long autoCommitSwitches() {
    return autoCommitSwitches.get();
  }

  private Object onConnectionCall(Object target, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "commit", "rollback" -> transactionEnds.incrementAndGet();
      case "setAutoCommit" -> autoCommitSwitches.incrementAndGet();
      default -> {
        // Other calls are forwarded without counting.
      }
    }
    Object result = invoke(target, method, args);
    if (result instanceof Statement statement) {
      return proxy(statementType(statement), statement, this::onStatementCall);
    }
    return result;
  }

  private Object onStatementCall(Object target, Method method, Object[] args) throws Throwable {
    if (EXECUTE_METHODS.contains(method.getName())) {
      statements.incrementAndGet();
    }
    return invoke(target, method, args);
  }

  private static Class<? extends Statement> statementType(Statement statement) {
    if (statement instanceof java.sql.CallableStatement) {
      return java.sql.CallableStatement.class;
    }
    if (statement instanceof java.sql.PreparedStatement) {
      return java.sql.PreparedStatement.class;
    }
    return Statement.class;
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<? extends T> type, Object target, Handler handler) {
    InvocationHandler forward = (proxy, method, args) -> handler.handle(target, method, args);
    return (T)
        Proxy.newProxyInstance(
            JdbcCallCounter.class.getClassLoader(), new Class<?>[] {type}, forward);
  }

  /** A call on a proxied JDBC object, with the object it wraps. */
  @FunctionalInterface
  private interface Handler {
    Object handle(Object target, Method method, Object[] args) throws Throwable;
  }
}
