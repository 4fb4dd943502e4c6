package dev.omnibox.batch.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs work with the container's {@code @Transactional(NOT_SUPPORTED)} interceptor of Jakarta
 * Transactions, which WildFly and Payara enable for every deployment, so the caller's transaction
 * is suspended around it and resumed in a {@code finally} block.
 */
@ApplicationScoped
public class NotSupportedRunner {

  /** Runs {@code work} with no transaction. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void run(Runnable work) {
    work.run();
  }
}
