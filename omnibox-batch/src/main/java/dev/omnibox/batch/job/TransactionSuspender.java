package dev.omnibox.batch.job;

/**
 * Runs work with the calling thread's JTA transaction suspended, so that resources the work uses (a
 * pooled JMS connection factory such as {@code java:/JmsXA}) do not join it and commit on their
 * own. The transaction is resumed when the work returns or throws, and an exception of the work
 * does not mark it for rollback.
 */
public interface TransactionSuspender {

  /** Runs {@code work} outside any transaction and resumes the caller's transaction afterwards. */
  void runSuspended(Runnable work);
}
