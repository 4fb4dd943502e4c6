package dev.omnibox.batch.job;

/**
 * Reports whether the transaction of the running chunk can still commit. The processor checks it
 * after each event, to find the event that made the chunk roll back.
 */
public interface TransactionState {

  /** Returns whether the current transaction is marked for rollback. */
  boolean isRollbackOnly();
}
