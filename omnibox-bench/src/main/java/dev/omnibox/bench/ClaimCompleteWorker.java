package dev.omnibox.bench;

/** One worker on its own connection: each call claims one batch and marks it completed. */
interface ClaimCompleteWorker extends AutoCloseable {

  /** Claims up to one batch of due rows, marks them completed, and returns the counts. */
  BatchOutcome claimAndComplete() throws Exception;

  /**
   * Counts of one batch.
   *
   * @param claimed the rows the claim returned
   * @param completed the rows the completion changed; less than claimed when leases were lost
   */
  record BatchOutcome(int claimed, int completed) {}
}
