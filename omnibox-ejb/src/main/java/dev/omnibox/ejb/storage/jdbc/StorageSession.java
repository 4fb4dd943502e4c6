package dev.omnibox.ejb.storage.jdbc;

import jakarta.persistence.EntityManager;
import javax.sql.DataSource;

/**
 * Gives storage code a JDBC connection inside a transaction: the caller's transaction when one is
 * active, otherwise a transaction of its own that commits when the work returns and rolls back when
 * it throws.
 */
public interface StorageSession {

  /**
   * Runs the work in a transaction and returns its result.
   *
   * @throws dev.omnibox.spi.StorageException when the database fails, with the cause attached
   */
  <T> T inTransaction(String operation, SqlWork<T> work);

  /** Returns a session over a JPA entity manager, JTA or resource-local. */
  static StorageSession of(EntityManager entityManager) {
    return new EntityManagerSession(entityManager);
  }

  /**
   * Returns a session over a data source. A connection that comes with auto-commit off is taken to
   * be enlisted in a container transaction and is used as it is; one with auto-commit on gets a
   * transaction of its own for each call.
   */
  static StorageSession of(DataSource dataSource) {
    return new DataSourceSession(dataSource);
  }
}
