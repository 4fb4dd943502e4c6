package dev.omnibox.batch.job;

import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import javax.transaction.xa.XAResource;

/**
 * A transaction manager for the H2 job tests: each transaction is one JDBC connection with
 * auto-commit off, bound to the thread that began it, so the chunks JBeret runs commit and roll
 * back for real. {@link #dataSource()} hands storage that connection while a transaction is active,
 * the way a JTA data source does in a server. One resource only, no XA.
 */
final class JdbcTransactionManager implements TransactionManager {

  private final ThreadLocal<LocalTransaction> current = new ThreadLocal<>();
  private volatile DataSource database;

  /** Makes later transactions use connections of {@code dataSource}. */
  void connectTo(DataSource dataSource) {
    this.database = Objects.requireNonNull(dataSource, "dataSource must not be null");
  }

  /** Returns a data source that joins the thread's transaction, or auto-commits outside one. */
  DataSource dataSource() {
    return new TransactionBoundDataSource(this);
  }

  /** Returns a connection in the thread's transaction, or null when there is none. */
  Connection transactionConnection() throws SQLException {
    LocalTransaction transaction = current.get();
    return transaction == null ? null : transaction.connection();
  }

  Connection newConnection() throws SQLException {
    return database.getConnection();
  }

  @Override
  public void begin() throws NotSupportedException {
    if (current.get() != null) {
      throw new NotSupportedException("a transaction is already active on this thread");
    }
    current.set(new LocalTransaction());
  }

  @Override
  public void commit() throws RollbackException, SystemException {
    LocalTransaction transaction = require();
    current.remove();
    transaction.commit();
  }

  @Override
  public void rollback() throws SystemException {
    LocalTransaction transaction = require();
    current.remove();
    transaction.rollback();
  }

  @Override
  public void setRollbackOnly() throws SystemException {
    require().setRollbackOnly();
  }

  @Override
  public int getStatus() {
    LocalTransaction transaction = current.get();
    return transaction == null ? Status.STATUS_NO_TRANSACTION : transaction.getStatus();
  }

  @Override
  public Transaction getTransaction() {
    return current.get();
  }

  @Override
  public void setTransactionTimeout(int seconds) {
    // Test chunks are short; a timeout would only make a slow machine fail.
  }

  @Override
  public Transaction suspend() {
    LocalTransaction transaction = current.get();
    current.remove();
    return transaction;
  }

  @Override
  public void resume(Transaction transaction) throws InvalidTransactionException {
    if (transaction == null) {
      return;
    }
    if (!(transaction instanceof LocalTransaction local)) {
      throw new InvalidTransactionException("not a transaction of this manager: " + transaction);
    }
    current.set(local);
  }

  private LocalTransaction require() throws SystemException {
    LocalTransaction transaction = current.get();
    if (transaction == null) {
      throw new SystemException("no transaction is active on this thread");
    }
    return transaction;
  }

  /** One transaction: a lazily opened connection and its status. */
  private final class LocalTransaction implements Transaction {

    private Connection connection;
    private int status = Status.STATUS_ACTIVE;

    Connection connection() throws SQLException {
      if (connection == null) {
        connection = newConnection();
        connection.setAutoCommit(false);
      }
      return connection;
    }

    @Override
    public void commit() throws RollbackException, SystemException {
      if (status == Status.STATUS_MARKED_ROLLBACK) {
        rollback();
        throw new RollbackException("the transaction was marked for rollback");
      }
      try {
        if (connection != null) {
          connection.commit();
        }
        status = Status.STATUS_COMMITTED;
      } catch (SQLException e) {
        rollback();
        throw (RollbackException) new RollbackException("commit failed").initCause(e);
      } finally {
        close();
      }
    }

    @Override
    public void rollback() throws SystemException {
      try {
        if (connection != null) {
          connection.rollback();
        }
        status = Status.STATUS_ROLLEDBACK;
      } catch (SQLException e) {
        throw (SystemException) new SystemException("rollback failed").initCause(e);
      } finally {
        close();
      }
    }

    @Override
    public void setRollbackOnly() {
      status = Status.STATUS_MARKED_ROLLBACK;
    }

    @Override
    public int getStatus() {
      return status;
    }

    @Override
    public boolean enlistResource(XAResource resource) {
      throw new UnsupportedOperationException("the test transaction manager has no XA resources");
    }

    @Override
    public boolean delistResource(XAResource resource, int flag) {
      throw new UnsupportedOperationException("the test transaction manager has no XA resources");
    }

    @Override
    public void registerSynchronization(Synchronization synchronization) {
      throw new UnsupportedOperationException(
          "the test transaction manager has no synchronizations");
    }

    private void close() {
      if (connection == null) {
        return;
      }
      try {
        connection.close();
      } catch (SQLException e) {
        // The outcome is settled; a connection that fails to close is dropped.
      }
      connection = null;
    }
  }

  /** Wraps the transaction's connection so that storage code closing it leaves it open. */
  static Connection unclosable(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("close")) {
                return null;
              }
              try {
                return method.invoke(connection, arguments);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
