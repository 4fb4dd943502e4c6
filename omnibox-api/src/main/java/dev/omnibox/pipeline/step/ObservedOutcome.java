package dev.omnibox.pipeline.step;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.pipeline.EventAttributes;
import dev.omnibox.pipeline.Failures;
import dev.omnibox.retry.ErrorClassifier;

/**
 * The outcome of one event as a step observes it, classified by the rules that the batch processor
 * uses to write it.
 */
enum ObservedOutcome {
  COMPLETED,
  SKIPPED,
  STALE,
  /** A failure that uses up an attempt, with attempts left. */
  FAILED_COUNTED,
  /** A transient failure. */
  FAILED_NOT_COUNTED,
  /** A FAILED result, or a counted failure of the last attempt: the event becomes FAILED. */
  FAILED_TERMINAL;

  static ObservedOutcome of(StoredEvent event, EventHandlerResult result) {
    if (result == null) {
      return failure(event, true);
    }
    return switch (result.status()) {
      case COMPLETED -> COMPLETED;
      case SKIPPED -> SKIPPED;
      case STALE -> STALE;
      case FAILED -> FAILED_TERMINAL;
      case RETRY -> failure(event, result.countsAsAttempt());
    };
  }

  static ObservedOutcome ofError(StoredEvent event, Throwable error, ErrorClassifier classifier) {
    return failure(event, Failures.countsAsAttempt(error, classifier));
  }

  private static ObservedOutcome failure(StoredEvent event, boolean counted) {
    if (!counted) {
      return FAILED_NOT_COUNTED;
    }
    return EventAttributes.isLastAttempt(event) ? FAILED_TERMINAL : FAILED_COUNTED;
  }
}
