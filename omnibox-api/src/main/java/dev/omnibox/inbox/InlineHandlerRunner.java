package dev.omnibox.inbox;

import dev.omnibox.handler.EventHandler;
import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.pipeline.Failures;
import dev.omnibox.retry.Backoff;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.spi.DeadLetter;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.FailureUpdate;
import dev.omnibox.spi.FailureUpdate.FailureKind;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OmniboxMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs the inline handler on a freshly stored inbox row and records its result on the row. SKIPPED
 * and STALE are stored as COMPLETED, and RETRY as a counted or not-counted failure. FAILED is a
 * final failure that is dead-lettered. An error raised by the handler is a counted failure, or an
 * uncounted one when the {@link ErrorClassifier} calls it transient. Retries without a time of
 * their own are due after the {@link Backoff}.
 */
final class InlineHandlerRunner {

  private final InboxRepository repository;
  private final EventHandler<InboxEvent> handler;
  private final String workerId;
  private final InboxConsumeOptions options;
  private final Clock clock;
  private final OmniboxMetrics metrics;
  private final DeadLetterStore deadLetters;
  private final Backoff backoff;
  private final ErrorClassifier classifier;

  InlineHandlerRunner(
      InboxRepository repository,
      EventHandler<InboxEvent> handler,
      String workerId,
      InboxConsumeOptions options,
      Clock clock,
      OmniboxMetrics metrics,
      DeadLetterStore deadLetters,
      Backoff backoff,
      ErrorClassifier classifier) {
    this.repository = repository;
    this.handler = handler;
    this.workerId = workerId;
    this.options = options;
    this.clock = clock;
    this.metrics = metrics;
    this.deadLetters = deadLetters;
    this.backoff = backoff;
    this.classifier = classifier;
  }

  /**
   * The outcome of handling one row.
   *
   * @param succeeded whether the handler completed, skipped or marked the event stale, or another
   *     worker took the row; {@link CommitOffsetPolicy#ON_SUCCESS} acknowledges only then
   */
  record Handled(ConsumeOutcome outcome, HandlerStatus status, String error, boolean succeeded) {}

  /**
   * Claims the row, runs the handler and records the result.
   *
   * @throws RuntimeException from the repository or the dead-letter store when the claim or the
   *     result could not be recorded
   */
  Handled handle(InboxEvent stored) {
    Optional<InboxEvent> claimed = repository.tryClaim(stored.id(), workerId, options.leaseTtl());
    if (claimed.isEmpty()) {
      InboxConsumeService.LOG.claimLost(stored.id(), stored.messageId());
      return new Handled(ConsumeOutcome.STORED, null, null, true);
    }

    InboxEvent event = claimed.get();
    EventHandlerResult result;
    try {
      result = handler.handle(event);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return recordError(event, e);
    } catch (Exception e) {
      return recordError(event, e);
    }
    if (result == null) {
      result = EventHandlerResult.failed("the handler returned null instead of a result");
    }
    return record(event, result);
  }

  private Handled record(InboxEvent event, EventHandlerResult result) {
    HandlerStatus status = result.status();
    switch (status) {
      case COMPLETED, SKIPPED, STALE -> {
        return complete(event, status);
      }
      case RETRY -> {
        logUnsuccessful(event, result);
        return fail(event, status, retryUpdate(event, result));
      }
      case FAILED -> {
        logUnsuccessful(event, result);
        return fail(event, status, FailureUpdate.terminal(event.id(), errorOf(result)));
      }
      default -> throw new IllegalStateException("unknown handler status " + status);
    }
  }

  private Handled complete(InboxEvent event, HandlerStatus status) {
    repository.markCompleted(workerId, List.of(event.id()));
    String group = event.consumerGroup();
    switch (status) {
      case SKIPPED -> metrics.skipped(EventKind.INBOX, group);
      case STALE -> metrics.stale(EventKind.INBOX, group);
      default ->
          metrics.completed(
              EventKind.INBOX, group, Duration.between(event.createdAt(), clock.instant()));
    }
    return new Handled(ConsumeOutcome.HANDLED, status, null, true);
  }

  private Handled recordError(InboxEvent event, Exception error) {
    InboxConsumeService.LOG.handlerRaised(
        event.id(),
        event.eventType(),
        event.attemptsMade() + 1,
        event.maxAttempts(),
        event.messageId(),
        error);
    String text = error.getClass().getName() + ": " + error.getMessage();
    FailureUpdate update =
        Failures.countsAsAttempt(error, classifier)
            ? FailureUpdate.counted(event.id(), text, retryTime(event))
            : FailureUpdate.notCounted(event.id(), text, retryTime(event));
    HandlerStatus reported =
        isLastAttempt(event, update) ? HandlerStatus.FAILED : HandlerStatus.RETRY;
    return fail(event, reported, update);
  }

  private Handled fail(InboxEvent event, HandlerStatus status, FailureUpdate update) {
    repository.markFailed(workerId, List.of(update));
    metrics.failed(
        EventKind.INBOX, event.consumerGroup(), update.kind() != FailureKind.NOT_COUNTED);
    if (isLastAttempt(event, update)) {
      deadLetter(event, update.error());
      return new Handled(ConsumeOutcome.HANDLER_FAILED, status, update.error(), false);
    }
    metrics.retried(EventKind.INBOX, event.consumerGroup());
    return new Handled(ConsumeOutcome.RETRY_SCHEDULED, status, update.error(), false);
  }

  private FailureUpdate retryUpdate(InboxEvent event, EventHandlerResult result) {
    Instant next = result.nextRetryAt().orElseGet(() -> retryTime(event));
    String error = errorOf(result);
    return result.countsAsAttempt()
        ? FailureUpdate.counted(event.id(), error, next)
        : FailureUpdate.notCounted(event.id(), error, next);
  }

  private void deadLetter(InboxEvent event, String error) {
    if (deadLetters == null) {
      return;
    }
    Instant now = clock.instant();
    deadLetters.add(
        new DeadLetter(
            UUID.randomUUID(),
            EventKind.INBOX,
            event.id(),
            event.eventType(),
            event.consumerGroup(),
            event.messageId(),
            event.payload(),
            event.headers(),
            event.maxAttempts(),
            error,
            now));
    metrics.deadLettered(EventKind.INBOX, event.consumerGroup());
    InboxConsumeService.LOG.deadLettered(
        event.id(),
        event.eventType(),
        event.attemptsMade() + 1,
        event.maxAttempts(),
        event.messageId(),
        error);
  }

  private static boolean isLastAttempt(InboxEvent event, FailureUpdate update) {
    return switch (update.kind()) {
      case FINAL -> true;
      case COUNTED -> event.attemptsMade() + 1 >= event.maxAttempts();
      case NOT_COUNTED -> false;
    };
  }

  /** Returns when the attempt after the current one is due, by the backoff. */
  private Instant retryTime(InboxEvent event) {
    return backoff.nextAttemptAt(clock.instant(), event.attemptsMade() + 1);
  }

  private static String errorOf(EventHandlerResult result) {
    String message = result.message();
    if (message == null || message.isBlank()) {
      return "the handler returned " + result.status() + " without a message";
    }
    return message;
  }

  private static void logUnsuccessful(InboxEvent event, EventHandlerResult result) {
    InboxConsumeService.LOG.handlerUnsuccessful(
        event.id(),
        event.eventType(),
        event.attemptsMade() + 1,
        event.maxAttempts(),
        event.messageId(),
        result.status(),
        errorOf(result));
  }
}
