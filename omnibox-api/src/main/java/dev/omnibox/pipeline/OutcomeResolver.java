package dev.omnibox.pipeline;

import static dev.omnibox.pipeline.EventAttributes.attemptNumber;
import static dev.omnibox.pipeline.EventAttributes.isLastAttempt;
import static dev.omnibox.pipeline.PipelineLogger.LOG;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.retry.Backoff;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.spi.FailureUpdate;
import java.time.Clock;
import java.time.Instant;

/** Turns handler results and exceptions into decisions, scheduling retries with the backoff. */
final class OutcomeResolver {

  private final Clock clock;
  private final ErrorClassifier classifier;
  private final Backoff backoff;

  OutcomeResolver(Clock clock, ErrorClassifier classifier, Backoff backoff) {
    this.clock = clock;
    this.classifier = classifier;
    this.backoff = backoff;
  }

  /** Classifies an exception: a transient error is a retry that does not count, else it counts. */
  EventHandlerResult resultOf(StoredEvent event, Exception error) {
    if (error instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    boolean counted = Failures.countsAsAttempt(error, classifier);
    String text = Failures.describe(error);
    if (counted) {
      LOG.permanentFailure(
          event.id(), event.eventType(), attemptNumber(event), event.maxAttempts(), text, error);
    } else {
      LOG.transientFailure(event.id(), event.eventType(), attemptNumber(event), text);
    }
    return EventHandlerResult.retry(text, counted, counted ? null : nextAttemptAt(event));
  }

  Decision decide(StoredEvent event, EventHandlerResult result) {
    if (result == null) {
      LOG.nullResult(event.id(), event.eventType(), attemptNumber(event));
      result = EventHandlerResult.retry("the processing chain returned no result");
    }
    return switch (result.status()) {
      case COMPLETED -> Decision.completing(event.id(), Outcome.COMPLETED);
      case SKIPPED -> Decision.completing(event.id(), Outcome.SKIPPED);
      case STALE -> Decision.completing(event.id(), Outcome.STALE);
      case FAILED -> terminal(event, errorText(result, "the handler returned FAILED"));
      case RETRY -> retry(event, result);
    };
  }

  /**
   * Releases an event that was claimed but not processed, so another worker may take it now. Its
   * attempts, schedule and last error stay unchanged.
   */
  Decision unprocessed(StoredEvent event) {
    return Decision.releasing(event.id());
  }

  private Decision retry(StoredEvent event, EventHandlerResult result) {
    String error = errorText(result, "the handler returned RETRY");
    if (result.countsAsAttempt() && isLastAttempt(event)) {
      // The storage turns a counted failure of the last attempt into FAILED.
      LOG.terminalFailure(event.id(), event.eventType(), attemptNumber(event), error);
      return Decision.failing(
          Outcome.TERMINAL_FAILED, FailureUpdate.counted(event.id(), error, null));
    }
    Instant next = result.nextRetryAt().orElseGet(() -> nextAttemptAt(event));
    LOG.retryScheduled(event.id(), event.eventType(), next, attemptNumber(event), error);
    if (result.countsAsAttempt()) {
      return Decision.failing(
          Outcome.RETRY_COUNTED, FailureUpdate.counted(event.id(), error, next));
    }
    return Decision.failing(
        Outcome.RETRY_NOT_COUNTED, FailureUpdate.notCounted(event.id(), error, next));
  }

  private Decision terminal(StoredEvent event, String error) {
    LOG.terminalFailure(event.id(), event.eventType(), attemptNumber(event), error);
    return Decision.failing(Outcome.TERMINAL_FAILED, FailureUpdate.terminal(event.id(), error));
  }

  private Instant nextAttemptAt(StoredEvent event) {
    // NOTE: a transient failure leaves attemptsMade unchanged, so repeated transient failures of
    // one event all wait the delay of the same attempt number.
    return backoff.nextAttemptAt(clock.instant(), attemptNumber(event));
  }

  private static String errorText(EventHandlerResult result, String fallback) {
    String message = result.message();
    return message == null || message.isBlank() ? fallback : message;
  }
}
