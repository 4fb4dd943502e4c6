package dev.omnibox.pipeline;

import dev.omnibox.spi.FailureUpdate;
import java.util.UUID;

/**
 * The outcome of one event and the failure to write for it.
 *
 * @param id the event
 * @param outcome what happened
 * @param failure the update for {@code markFailed}, or null when the outcome completes the event or
 *     releases its lease
 */
record Decision(UUID id, Outcome outcome, FailureUpdate failure) {

  static Decision completing(UUID id, Outcome outcome) {
    return new Decision(id, outcome, null);
  }

  /** Returns the decision for an event whose lease is released without a failure. */
  static Decision releasing(UUID id) {
    return new Decision(id, Outcome.UNPROCESSED, null);
  }

  static Decision failing(Outcome outcome, FailureUpdate failure) {
    return new Decision(failure.id(), outcome, failure);
  }
}
