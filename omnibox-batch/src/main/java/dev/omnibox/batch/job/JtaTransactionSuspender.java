package dev.omnibox.batch.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Suspends the transaction with the container's {@code @Transactional(NOT_SUPPORTED)} interceptor
 * of Jakarta Transactions, which WildFly and Payara enable for every deployment. The interceptor
 * resumes the transaction in a {@code finally} block and leaves its status alone when the method
 * throws.
 */
@ApplicationScoped
public class JtaTransactionSuspender implements TransactionSuspender {

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void runSuspended(Runnable work) {
    work.run();
  }
}
