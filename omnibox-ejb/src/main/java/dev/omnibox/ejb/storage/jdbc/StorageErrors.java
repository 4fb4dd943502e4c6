package dev.omnibox.ejb.storage.jdbc;

import dev.omnibox.spi.StorageConnectionException;
import dev.omnibox.spi.StorageException;
import dev.omnibox.spi.StorageIntegrityException;
import dev.omnibox.spi.StorageTimeoutException;
import dev.omnibox.spi.StorageTransactionException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Maps driver and JPA exceptions to the omnibox storage exceptions by SQLState class: 08
 * connection, 23 integrity, 40 transaction rollback; 57014 (cancelled), lock-wait and statement
 * timeouts to a timeout. Whatever else fails becomes a plain {@link StorageException}. The original
 * exception is always the cause.
 */
public final class StorageErrors {

  /** Lock or statement timeouts: PostgreSQL 55P03 and 57014, H2 HYT00, and JDBC's HYT00/HYT01. */
  private static final Set<String> TIMEOUT_STATES = Set.of("55P03", "57014", "HYT00", "HYT01");

  /** MariaDB and MySQL error codes: lock wait timeout, statement timeout, query interrupted. */
  private static final Set<Integer> MARIADB_TIMEOUT_CODES = Set.of(1205, 1969, 3024, 1317);

  private StorageErrors() {}

  /** Returns the storage exception for a failure of the named operation. */
  public static StorageException translate(String operation, Throwable failure) {
    if (failure instanceof StorageException storage) {
      return storage;
    }
    SQLException sql = findSqlException(failure);
    String detail = sql != null ? sql.getMessage() : failure.getMessage();
    String message = "Storage operation " + operation + " failed: " + detail;

    if (isTimeout(failure, sql)) {
      return new StorageTimeoutException(message, failure);
    }
    if (sql != null) {
      return bySqlState(message, failure, sql);
    }
    if (failure instanceof PessimisticLockException) {
      return new StorageTransactionException(message, failure);
    }
    return new StorageException(message, failure);
  }

  private static StorageException bySqlState(String message, Throwable failure, SQLException sql) {
    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
    if (state.startsWith("08")
        || sql instanceof SQLNonTransientConnectionException
        || sql instanceof SQLTransientConnectionException
        || sql instanceof SQLRecoverableException) {
      return new StorageConnectionException(message, failure);
    }
    if (state.startsWith("23")) {
      return new StorageIntegrityException(message, failure);
    }
    if (state.startsWith("40")) {
      return new StorageTransactionException(message, failure);
    }
    return new StorageException(message, failure);
  }

  private static boolean isTimeout(Throwable failure, SQLException sql) {
    if (failure instanceof QueryTimeoutException || failure instanceof LockTimeoutException) {
      return true;
    }
    if (sql == null) {
      return false;
    }
    return sql instanceof SQLTimeoutException
        || TIMEOUT_STATES.contains(sql.getSQLState())
        || MARIADB_TIMEOUT_CODES.contains(sql.getErrorCode());
  }

  /** Returns the first SQLException in the cause chain, or null when there is none. */
  static SQLException findSqlException(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
