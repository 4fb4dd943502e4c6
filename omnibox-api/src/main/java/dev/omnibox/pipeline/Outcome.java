package dev.omnibox.pipeline;

/** What happened to one claimed event of a batch; decides how it is committed and reported. */
enum Outcome {
  COMPLETED,
  SKIPPED,
  STALE,
  /** A failure that used up an attempt, with attempts left. */
  RETRY_COUNTED,
  /** A transient failure: attempts made stay as they are. */
  RETRY_NOT_COUNTED,
  /** A FAILED result, or a counted failure of the last attempt: the event becomes FAILED. */
  TERMINAL_FAILED,
  /** Claimed but not processed because shutdown was requested; its lease is released. */
  UNPROCESSED;

  /** Returns whether the event is committed with {@code markCompleted}. */
  boolean completesEvent() {
    return this == COMPLETED || this == SKIPPED || this == STALE;
  }
}
