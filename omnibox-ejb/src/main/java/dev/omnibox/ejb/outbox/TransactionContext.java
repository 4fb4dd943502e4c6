package dev.omnibox.ejb.outbox;

import jakarta.transaction.Synchronization;

/**
 * The calling thread's JTA transaction, as far as the outbox needs it. In a container it is backed
 * by the {@code TransactionSynchronizationRegistry} ({@link JtaTransactionContext}).
 */
interface TransactionContext {

  /** Returns the transaction status, one of the {@link jakarta.transaction.Status} constants. */
  int status();

  /** Returns the resource stored under {@code key} in the current transaction, or null. */
  Object getResource(Object key);

  /** Stores a resource under {@code key} for the rest of the current transaction. */
  void putResource(Object key, Object value);

  /** Registers a synchronization that runs after the transactional resources complete. */
  void registerInterposedSynchronization(Synchronization synchronization);
}
