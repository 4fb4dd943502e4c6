package dev.omnibox.batch.job;

import dev.omnibox.spi.FailureUpdate;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The outcome of one event that the processor hands to the writer.
 *
 * @param eventId the event
 * @param failure the failure to record, or null when the event is done (completed, skipped or
 *     stale)
 */
record ItemOutcome(UUID eventId, FailureUpdate failure) implements Serializable {

  ItemOutcome {
    Objects.requireNonNull(eventId, "eventId must not be null");
  }

  static ItemOutcome done(UUID eventId) {
    return new ItemOutcome(eventId, null);
  }

  boolean isDone() {
    return failure == null;
  }
}
