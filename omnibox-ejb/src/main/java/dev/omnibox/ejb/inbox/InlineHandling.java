package dev.omnibox.ejb.inbox;

import dev.omnibox.handler.EventHandler;
import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.retry.Backoff;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.spi.DeadLetter;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.FailureUpdate;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.InsertResult;
import dev.omnibox.spi.OmniboxMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs the handlers of an inbox row in two steps, each meant for its own transaction: {@link #run}
 * claims the row, calls the handlers and marks it COMPLETED (Ts or Th), and {@link #record} or
 * {@link #storeAndRecord} stores a retry or failure after that transaction rolled back (T2).
 * Transaction demarcation is the caller's.
 */
public final class InlineHandling {

  private final InboxRepository repository;
  private final EventHandler<InboxEvent> handler;
  private final String workerId;
  private final Duration leaseTtl;
  private final Backoff backoff;
  private final ErrorClassifier classifier;
  private final Clock clock;
  private final OmniboxMetrics metrics;
  private final DeadLetterStore deadLetters;

  /** Collaborators of {@link InlineHandling}; {@code deadLetters} may be null. */
  public record Parts(
      InboxRepository repository,
      EventHandler<InboxEvent> handler,
      String workerId,
      Duration leaseTtl,
      Backoff backoff,
      ErrorClassifier classifier,
      Clock clock,
      OmniboxMetrics metrics,
      DeadLetterStore deadLetters) {}

  public InlineHandling(Parts parts) {
    Objects.requireNonNull(parts, "parts must not be null");
    this.repository = Objects.requireNonNull(parts.repository(), "repository must not be null");
    this.handler = Objects.requireNonNull(parts.handler(), "handler must not be null");
    this.workerId = Objects.requireNonNull(parts.workerId(), "workerId must not be null");
    this.leaseTtl = Objects.requireNonNull(parts.leaseTtl(), "leaseTtl must not be null");
    this.backoff = Objects.requireNonNull(parts.backoff(), "backoff must not be null");
    this.classifier = Objects.requireNonNull(parts.classifier(), "classifier must not be null");
    this.clock = Objects.requireNonNull(parts.clock(), "clock must not be null");
    this.metrics = Objects.requireNonNull(parts.metrics(), "metrics must not be null");
    this.deadLetters = parts.deadLetters();
  }

  /**
   * Claims the row and calls its handlers. On success the row is marked COMPLETED in the caller's
   * transaction. Otherwise the returned attempt carries the failure, and the caller must roll back
   * and pass it to {@link #record}.
   */
  public HandlingAttempt run(UUID eventId) {
    Optional<InboxEvent> claimed = repository.tryClaim(eventId, workerId, leaseTtl);
    if (claimed.isEmpty()) {
      InboxDispatcher.LOG.claimLost(eventId, null);
      return HandlingAttempt.claimLost();
    }

    InboxEvent event = claimed.get();
    EventHandlerResult result;
    try {
      result = handler.handle(event);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return raised(event, e);
    } catch (Exception e) {
      return raised(event, e);
    }
    return switch (result.status()) {
      case COMPLETED, SKIPPED, STALE -> complete(event, result.status());
      case RETRY -> unsuccessful(event, result, retryUpdate(event, result));
      case FAILED ->
          unsuccessful(event, result, FailureUpdate.terminal(event.id(), textOf(result)));
    };
  }

  /**
   * Records the failure of an attempt whose transaction rolled back: claims the row again, stores
   * the retry or failure, and dead-letters a final failure.
   *
   * @return whether the row was still claimable, false when another worker took it meanwhile
   */
  public boolean record(HandlingAttempt attempt) {
    Objects.requireNonNull(attempt, "attempt must not be null");
    if (!attempt.failed()) {
      return true;
    }
    InboxEvent event = attempt.event();
    if (repository.tryClaim(event.id(), workerId, leaseTtl).isEmpty()) {
      InboxDispatcher.LOG.claimLost(event.id(), event.messageId());
      return false;
    }

    FailureUpdate update = attempt.failure();
    repository.markFailed(workerId, List.of(update));
    String group = event.consumerGroup();
    metrics.failed(EventKind.INBOX, group, update.kind() != FailureUpdate.FailureKind.NOT_COUNTED);
    if (isLastAttempt(event, update)) {
      deadLetter(event, update.error());
    } else {
      metrics.retried(EventKind.INBOX, group);
    }
    return true;
  }

  /**
   * Stores the row of a failed attempt again, after the transaction that stored and handled it
   * rolled back, then records the failure as {@link #record} does.
   *
   * @return whether the failure was recorded, false when a row of the same id or message exists
   */
  public boolean storeAndRecord(HandlingAttempt attempt) {
    Objects.requireNonNull(attempt, "attempt must not be null");
    if (!attempt.failed()) {
      return true;
    }
    InboxEvent event = attempt.event();
    InsertResult<InboxEvent> inserted = repository.insert(event.toBuilder().unlocked().build());
    if (inserted.duplicate()) {
      InboxDispatcher.LOG.failureNotStored(event.id(), event.messageId(), inserted.event().id());
      return false;
    }
    return record(attempt);
  }

  private HandlingAttempt complete(InboxEvent event, HandlerStatus status) {
    repository.markCompleted(workerId, List.of(event.id()));
    String group = event.consumerGroup();
    switch (status) {
      case SKIPPED -> metrics.skipped(EventKind.INBOX, group);
      case STALE -> metrics.stale(EventKind.INBOX, group);
      default ->
          metrics.completed(
              EventKind.INBOX, group, Duration.between(event.createdAt(), clock.instant()));
    }
    return new HandlingAttempt(status, event, null);
  }

  private HandlingAttempt raised(InboxEvent event, Exception error) {
    String text = error.getClass().getName() + ": " + error.getMessage();
    boolean counted = classifier.classify(error).countsAsAttempt();
    FailureUpdate update =
        counted
            ? FailureUpdate.counted(event.id(), text, nextAttemptAt(event))
            : FailureUpdate.notCounted(event.id(), text, nextAttemptAt(event));
    HandlerStatus status =
        isLastAttempt(event, update) ? HandlerStatus.FAILED : HandlerStatus.RETRY;
    logUnsuccessful(event, text);
    return new HandlingAttempt(status, event, update);
  }

  private HandlingAttempt unsuccessful(
      InboxEvent event, EventHandlerResult result, FailureUpdate update) {
    logUnsuccessful(event, update.error());
    return new HandlingAttempt(result.status(), event, update);
  }

  private FailureUpdate retryUpdate(InboxEvent event, EventHandlerResult result) {
    Instant next = result.nextRetryAt().orElseGet(() -> nextAttemptAt(event));
    String text = textOf(result);
    return result.countsAsAttempt()
        ? FailureUpdate.counted(event.id(), text, next)
        : FailureUpdate.notCounted(event.id(), text, next);
  }

  private Instant nextAttemptAt(InboxEvent event) {
    return backoff.nextAttemptAt(clock.instant(), event.attemptsMade() + 1);
  }

  private void deadLetter(InboxEvent event, String error) {
    InboxDispatcher.LOG.deadLettered(
        event.id(),
        event.eventType(),
        event.attemptsMade() + 1,
        event.maxAttempts(),
        event.messageId(),
        error);
    if (deadLetters == null) {
      return;
    }
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
            clock.instant()));
    metrics.deadLettered(EventKind.INBOX, event.consumerGroup());
  }

  private static boolean isLastAttempt(InboxEvent event, FailureUpdate update) {
    return switch (update.kind()) {
      case FINAL -> true;
      case COUNTED -> event.attemptsMade() + 1 >= event.maxAttempts();
      case NOT_COUNTED -> false;
    };
  }

  private static String textOf(EventHandlerResult result) {
    String message = result.message();
    return message == null || message.isBlank()
        ? "the handler returned " + result.status() + " without a message"
        : message;
  }

  private static void logUnsuccessful(InboxEvent event, String error) {
    InboxDispatcher.LOG.handlerUnsuccessful(
        event.id(),
        event.eventType(),
        event.attemptsMade() + 1,
        event.maxAttempts(),
        event.messageId(),
        error);
  }
}
