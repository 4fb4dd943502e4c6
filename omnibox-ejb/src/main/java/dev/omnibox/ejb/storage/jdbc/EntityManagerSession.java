package dev.omnibox.ejb.storage.jdbc;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TransactionRequiredException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * A session that runs SQL on the connection of a JPA entity manager (EclipseLink hands it out with
 * {@code unwrap(Connection.class)} inside a transaction), so the SQL joins the entity manager's
 * transaction.
 */
final class EntityManagerSession implements StorageSession {

  private final EntityManager entityManager;

  /** Whether the entity manager is a JTA one, known after its first getTransaction() failed. */
  private volatile boolean jta;

  EntityManagerSession(EntityManager entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager must not be null");
  }

  @Override
  public <T> T inTransaction(String operation, SqlWork<T> work) {
    EntityTransaction local = resourceLocalTransaction();
    if (local == null) {
      joinJtaTransaction(operation);
      return run(operation, work);
    }
    if (local.isActive()) {
      return run(operation, work);
    }
    return runOwnTransaction(local, operation, work);
  }

  /**
   * Returns the resource-local transaction, or null for a JTA entity manager. A JTA entity manager
   * throws from {@code getTransaction()}, so after the first exception no more are created.
   */
  private EntityTransaction resourceLocalTransaction() {
    if (jta) {
      return null;
    }
    try {
      return entityManager.getTransaction();
    } catch (IllegalStateException e) {
      jta = true;
      return null;
    }
  }

  private void joinJtaTransaction(String operation) {
    try {
      entityManager.joinTransaction();
    } catch (TransactionRequiredException e) {
      throw new IllegalStateException(
          "No JTA transaction is active for "
              + operation
              + ": call omnibox storage from a transactional bean or method",
          e);
    }
  }

  private <T> T runOwnTransaction(EntityTransaction local, String operation, SqlWork<T> work) {
    local.begin();
    boolean committed = false;
    try {
      T result = run(operation, work);
      local.commit();
      committed = true;
      return result;
    } catch (PersistenceException e) {
      throw StorageErrors.translate(operation, e);
    } finally {
      if (!committed && local.isActive()) {
        local.rollback();
      }
    }
  }

  private <T> T run(String operation, SqlWork<T> work) {
    try {
      Connection connection = entityManager.unwrap(Connection.class);
      return work.run(connection);
    } catch (SQLException | PersistenceException e) {
      throw StorageErrors.translate(operation, e);
    }
  }
}
