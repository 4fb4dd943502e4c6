package dev.omnibox.batch.job;

/**
 * Runs work outside the calling thread's JTA transaction, so that resources the work uses (a pooled
 * JMS connection factory such as {@code java:/JmsXA}) do not join it. The caller's transaction is
 * resumed when the work returns or throws, and an exception of the work does not mark it for
 * rollback.
 *
 * <p>An implementation may run the work of one chunk in one transaction of its own, so that the
 * broker writes its journal once per chunk rather than once per message. That transaction must
 * commit in {@link #commitSuspendedWork()}, which the chunk calls before it marks its events
 * completed.
 */
public interface TransactionSuspender {

  /** Runs {@code work} outside the caller's transaction and resumes that transaction afterwards. */
  void runSuspended(Runnable work);

  /**
   * Commits the work that {@link #runSuspended} ran for the caller's transaction, when an
   * implementation groups it; does nothing otherwise.
   *
   * @throws IllegalStateException when the commit failed, so the work did not take effect
   */
  default void commitSuspendedWork() {}
}
