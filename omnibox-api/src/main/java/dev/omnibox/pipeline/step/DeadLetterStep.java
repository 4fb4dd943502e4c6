package dev.omnibox.pipeline.step;

import static dev.omnibox.pipeline.EventAttributes.attemptNumber;
import static dev.omnibox.pipeline.EventAttributes.kindOf;
import static dev.omnibox.pipeline.EventAttributes.scopeOf;
import static dev.omnibox.pipeline.step.StepLogger.LOG;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.pipeline.Failures;
import dev.omnibox.pipeline.ProcessingStep;
import dev.omnibox.pipeline.StepChain;
import dev.omnibox.retry.Backoff;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.spi.DeadLetter;
import dev.omnibox.spi.DeadLetterStore;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Stores a dead letter when an event becomes FAILED: after a FAILED result, or after a counted
 * failure (a RETRY result that counts, or a permanent exception) of its last attempt. Transient
 * failures never dead-letter, whatever the attempt.
 *
 * <p>The dead letter is stored in the caller's transaction, together with the FAILED status. When
 * storing it fails, the step returns a retry that does not count, so the event never becomes FAILED
 * without its dead letter.
 *
 * @param <E> the event type
 * @since 0.1
 */
public final class DeadLetterStep<E extends StoredEvent> implements ProcessingStep<E> {

  private final DeadLetterStore store;
  private final ErrorClassifier classifier;
  private final Backoff backoff;
  private final Clock clock;

  /**
   * Creates the step; {@code classifier} must be the batch processor's, and {@code backoff} times
   * the retry when storing a dead letter fails.
   */
  public DeadLetterStep(
      DeadLetterStore store, ErrorClassifier classifier, Backoff backoff, Clock clock) {
    this.store = Objects.requireNonNull(store, "store must not be null");
    this.classifier = Objects.requireNonNull(classifier, "classifier must not be null");
    this.backoff = Objects.requireNonNull(backoff, "backoff must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  @Override
  public EventHandlerResult process(E event, StepChain<E> next) throws Exception {
    EventHandlerResult result;
    try {
      result = next.proceed(event);
    } catch (Exception e) {
      if (ObservedOutcome.ofError(event, e, classifier) == ObservedOutcome.FAILED_TERMINAL) {
        EventHandlerResult storeFailure = addDeadLetter(event, Failures.describe(e));
        if (storeFailure != null) {
          return storeFailure;
        }
      }
      throw e;
    }
    if (ObservedOutcome.of(event, result) != ObservedOutcome.FAILED_TERMINAL) {
      return result;
    }
    EventHandlerResult storeFailure = addDeadLetter(event, reasonOf(result));
    return storeFailure != null ? storeFailure : result;
  }

  /** Stores the dead letter; returns null, or the retry to return when storing failed. */
  private EventHandlerResult addDeadLetter(E event, String reason) {
    try {
      store.add(toDeadLetter(event, reason));
    } catch (RuntimeException e) {
      LOG.deadLetterFailed(event.id(), event.eventType(), attemptNumber(event), e);
      return EventHandlerResult.retry(
          "storing the dead letter failed: " + Failures.describe(e),
          false,
          backoff.nextAttemptAt(clock.instant(), attemptNumber(event)));
    }
    LOG.deadLettered(event.id(), event.eventType(), attemptNumber(event), reason);
    return null;
  }

  private DeadLetter toDeadLetter(E event, String reason) {
    String messageId = event instanceof InboxEvent inbox ? inbox.messageId() : null;
    return new DeadLetter(
        UUID.randomUUID(),
        kindOf(event),
        event.id(),
        event.eventType(),
        scopeOf(event),
        messageId,
        event.payload(),
        event.headers(),
        attemptNumber(event),
        reason,
        clock.instant());
  }

  private static String reasonOf(EventHandlerResult result) {
    if (result == null) {
      return "the processing chain returned no result";
    }
    String message = result.message();
    return message == null || message.isBlank()
        ? "the handler returned " + result.status()
        : message;
  }
}
