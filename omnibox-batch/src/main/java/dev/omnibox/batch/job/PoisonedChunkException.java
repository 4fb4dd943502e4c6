package dev.omnibox.batch.job;

import dev.omnibox.OmniboxException;
import java.util.UUID;

/**
 * Thrown by the processor when an event left the chunk transaction marked for rollback. The job XML
 * lists it as retryable, so the runtime rolls the chunk back and retries it; the event's failure is
 * recorded before the retry, so the retry does not take it again.
 */
public class PoisonedChunkException extends OmniboxException {

  private static final long serialVersionUID = 1L;

  public PoisonedChunkException(UUID eventId, String workerId) {
    super(
        "Event "
            + eventId
            + " marked the chunk transaction of worker "
            + workerId
            + " for rollback; the chunk is retried without it");
  }
}
