package dev.omnibox.ejb.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.storage.jdbc.StorageErrors;
import dev.omnibox.spi.StorageConnectionException;
import dev.omnibox.spi.StorageException;
import dev.omnibox.spi.StorageIntegrityException;
import dev.omnibox.spi.StorageTimeoutException;
import dev.omnibox.spi.StorageTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;

class StorageErrorsTest {

  @Test
  void sqlStateClasses_mapToStorageExceptions() {
    assertMapped(new SQLException("gone", "08006"), StorageConnectionException.class);
    assertMapped(new SQLException("duplicate", "23505"), StorageIntegrityException.class);
    assertMapped(new SQLException("check", "23514"), StorageIntegrityException.class);
    assertMapped(new SQLException("deadlock", "40P01"), StorageTransactionException.class);
    assertMapped(new SQLException("serialization", "40001"), StorageTransactionException.class);
    assertMapped(new SQLException("cancelled", "57014"), StorageTimeoutException.class);
    assertMapped(new SQLException("lock not available", "55P03"), StorageTimeoutException.class);
    assertMapped(new SQLException("syntax", "42601"), StorageException.class);
  }

  @Test
  void mariadbLockWaitTimeout_mapsToTimeout() {
    assertMapped(
        new SQLException("Lock wait timeout", "HY000", 1205), StorageTimeoutException.class);
    assertMapped(new SQLTimeoutException("statement timeout"), StorageTimeoutException.class);
  }

  @Test
  void wrappedSqlException_isFoundInCauseChain() {
    SQLException sql = new SQLException("duplicate", "23505");
    PersistenceException wrapper =
        new PersistenceException("flush failed", new RuntimeException(sql));

    StorageException mapped = StorageErrors.translate("insert", wrapper);

    assertThat(mapped).isInstanceOf(StorageIntegrityException.class);
    assertThat(mapped.getCause()).isSameAs(wrapper);
    assertThat(mapped.getMessage()).contains("insert").contains("duplicate");
  }

  @Test
  void jpaQueryTimeout_mapsToTimeout() {
    assertMapped(new QueryTimeoutException("too slow"), StorageTimeoutException.class);
  }

  private static void assertMapped(Throwable failure, Class<? extends StorageException> expected) {
    StorageException mapped = StorageErrors.translate("claim", failure);
    assertThat(mapped).isExactlyInstanceOf(expected);
    assertThat(mapped.getCause()).isSameAs(failure);
  }
}
