package dev.omnibox.batch.job;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

/**
 * Suspends the transaction of the test's transaction manager, where Weld SE has no interceptor for
 * {@code @Transactional}. With JBeret's own local manager, which cannot suspend, the work runs in
 * place.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class LocalTransactionSuspender implements TransactionSuspender {

  @Override
  public void runSuspended(Runnable work) {
    TransactionManager manager = LocalTransactionState.manager();
    if (!(manager instanceof JdbcTransactionManager)) {
      work.run();
      return;
    }
    Transaction suspended = suspend(manager);
    try {
      work.run();
    } finally {
      resume(manager, suspended);
    }
  }

  private static Transaction suspend(TransactionManager manager) {
    try {
      return manager.suspend();
    } catch (SystemException e) {
      throw new IllegalStateException("could not suspend the transaction", e);
    }
  }

  private static void resume(TransactionManager manager, Transaction transaction) {
    try {
      manager.resume(transaction);
    } catch (InvalidTransactionException | SystemException e) {
      throw new IllegalStateException("could not resume the transaction", e);
    }
  }
}
