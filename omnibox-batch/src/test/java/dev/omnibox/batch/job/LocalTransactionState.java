package dev.omnibox.batch.job;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

/**
 * Reads the status of the transaction manager that runs the test jobs, where the server's
 * transaction registry is not available.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class LocalTransactionState implements TransactionState {

  private static volatile TransactionManager manager =
      org.jberet.tx.LocalTransactionManager.getInstance();

  static void use(TransactionManager transactionManager) {
    manager = transactionManager;
  }

  static TransactionManager manager() {
    return manager;
  }

  /** Marks the running chunk's transaction for rollback, as a failing JPA write would. */
  static void markRollbackOnly() {
    try {
      manager.setRollbackOnly();
    } catch (SystemException e) {
      throw new IllegalStateException("could not mark the transaction for rollback", e);
    }
  }

  @Override
  public boolean isRollbackOnly() {
    try {
      return manager.getStatus() == Status.STATUS_MARKED_ROLLBACK;
    } catch (SystemException e) {
      throw new IllegalStateException("could not read the transaction status", e);
    }
  }
}
