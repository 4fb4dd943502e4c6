package dev.omnibox.batch.job;

import static dev.omnibox.batch.job.JobLogger.LOG;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Reads the transaction status from the {@link TransactionSynchronizationRegistry} that every
 * Jakarta EE server binds at {@value #JNDI_NAME}. Where nothing is bound (outside a server), no
 * transaction is ever reported as marked for rollback.
 */
@ApplicationScoped
public class JtaTransactionState implements TransactionState {

  static final String JNDI_NAME = "java:comp/TransactionSynchronizationRegistry";

  private volatile TransactionSynchronizationRegistry registry;
  private volatile boolean missing;

  @Override
  public boolean isRollbackOnly() {
    TransactionSynchronizationRegistry current = registry();
    return current != null && current.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK;
  }

  private TransactionSynchronizationRegistry registry() {
    if (registry == null && !missing) {
      try {
        registry = (TransactionSynchronizationRegistry) new InitialContext().lookup(JNDI_NAME);
      } catch (NamingException | RuntimeException e) {
        missing = true;
        LOG.noTransactionRegistry(JNDI_NAME);
      }
    }
    return registry;
  }
}
