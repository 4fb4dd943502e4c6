package dev.omnibox.pipeline;

/**
 * The way the outcomes of a batch are written back to the repository.
 *
 * @since 0.1
 */
public enum CommitStrategy {

  /**
   * One {@code markCompleted} and one {@code markFailed} call per batch. Fast; when a call fails,
   * every event of that call keeps its lease until it expires, and is processed again then.
   */
  BULK,

  /**
   * One call per event. Slower, but a failing write affects only its own event; the others are
   * still written.
   */
  SINGLE
}
