package dev.omnibox.ejb.inbox;

import dev.omnibox.inbox.ConsumeOutcome;
import dev.omnibox.inbox.ConsumeResult;
import dev.omnibox.inbox.InboxConsumeService;
import dev.omnibox.inbox.InboxPersistException;
import dev.omnibox.spi.ConsumedMessage;
import java.util.Objects;

/**
 * The message handling of one inbox consumer, following its {@link TransactionPlan}: it stores the
 * row (in T1, T0 or Ts), runs the handlers (in T1, Ts or Th, with failures recorded in T2), and
 * marks T1 rollback-only when the row could not be stored.
 */
public final class InboxMessageFlow {

  private final ConsumerSettings settings;
  private final TransactionPlan plan;
  private final InboxConsumeService service;
  private final InlineHandling handling;
  private final InboxTransactionBoundary boundary;

  /**
   * Creates the flow of one consumer.
   *
   * @param service stores messages, with the dispatcher as inline handler exactly when the plan
   *     runs handlers in T1
   * @param handling runs handlers in Th and T2, required when the plan places them there
   */
  public InboxMessageFlow(
      ConsumerSettings settings,
      InboxConsumeService service,
      InlineHandling handling,
      InboxTransactionBoundary boundary) {
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.plan = TransactionPlan.of(settings);
    this.service = Objects.requireNonNull(service, "service must not be null");
    this.boundary = Objects.requireNonNull(boundary, "boundary must not be null");
    boolean handlesInNewTransaction =
        plan.handlers() == TransactionPlan.HandlerPlacement.NEW_TRANSACTION
            || plan.handlers() == TransactionPlan.HandlerPlacement.STORE_TRANSACTION;
    if (handlesInNewTransaction && handling == null) {
      throw new IllegalArgumentException(
          "handling must not be null when handlers run in a new transaction");
    }
    this.handling = handling;
  }

  /**
   * The outcome of one message.
   *
   * @param consumed what the consume service did, or null when storing failed
   * @param handled what the handlers did in Ts or Th, or null when they did not run there
   * @param rollbackRequested whether T1 was marked rollback-only so the broker redelivers
   */
  public record Result(
      ConsumeResult consumed, HandlingAttempt handled, boolean rollbackRequested) {}

  public ConsumerSettings settings() {
    return settings;
  }

  public TransactionPlan plan() {
    return plan;
  }

  InlineHandling handling() {
    return handling;
  }

  /**
   * Consumes one message.
   *
   * @param markRollbackOnly marks T1 rollback-only, called only when the plan has a T1
   */
  public Result consume(ConsumedMessage message, Runnable markRollbackOnly) {
    if (plan.handlers() == TransactionPlan.HandlerPlacement.STORE_TRANSACTION) {
      return storeAndHandle(message, markRollbackOnly);
    }
    return storeThenHandle(message, markRollbackOnly);
  }

  private Result storeAndHandle(ConsumedMessage message, Runnable markRollbackOnly) {
    InboxTransactionBoundary.StoredAndHandled done;
    try {
      done = boundary.storeAndHandle(service, handling, message);
    } catch (RuntimeException e) {
      if (causedByStorage(e)) {
        return storeFailed(message, markRollbackOnly, e);
      }
      // Ts rolled back, for example on a handler's write that failed at commit. Store the row
      // alone, so that it is kept and the dispatch job handles it.
      InboxDispatcher.LOG.storeAndHandleFailed(message.messageId(), message.consumerGroup(), e);
      return storeThenHandle(message, markRollbackOnly, false);
    }

    HandlingAttempt attempt = done.handled();
    if (attempt == null || !attempt.failed()) {
      return new Result(done.consumed(), attempt, false);
    }
    try {
      boundary.storeFailure(handling, attempt);
    } catch (RuntimeException e) {
      // The row rolled back with Ts, so acknowledging now would lose the message.
      InboxDispatcher.LOG.failureNotStoredRedeliver(
          message.messageId(), attempt.event().id(), message.consumerGroup(), e);
      markRollbackOnly.run();
      return new Result(done.consumed(), attempt, true);
    }
    return new Result(done.consumed(), attempt, false);
  }

  private static boolean causedByStorage(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof InboxPersistException) {
        return true;
      }
    }
    return false;
  }

  private Result storeThenHandle(ConsumedMessage message, Runnable markRollbackOnly) {
    return storeThenHandle(message, markRollbackOnly, true);
  }

  /** Stores the row in T1 or T0, then runs the handlers in Th if the plan and {@code handle} do. */
  private Result storeThenHandle(
      ConsumedMessage message, Runnable markRollbackOnly, boolean handle) {
    ConsumeResult consumed;
    try {
      consumed =
          plan.storeInNewTransaction()
              ? boundary.store(service, message)
              : service.process(message);
    } catch (RuntimeException e) {
      return storeFailed(message, markRollbackOnly, e);
    }
    if (!handle
        || consumed.outcome() != ConsumeOutcome.STORED
        || plan.handlers() != TransactionPlan.HandlerPlacement.NEW_TRANSACTION) {
      return new Result(consumed, null, false);
    }
    return new Result(consumed, handleInNewTransaction(consumed), false);
  }

  private HandlingAttempt handleInNewTransaction(ConsumeResult consumed) {
    HandlingAttempt attempt;
    try {
      attempt = boundary.handle(handling, consumed.eventId());
    } catch (RuntimeException e) {
      InboxDispatcher.LOG.failureNotRecorded(consumed.eventId(), null, 0, consumed.messageId(), e);
      return null;
    }
    if (attempt.failed()) {
      try {
        boundary.record(handling, attempt);
      } catch (RuntimeException e) {
        InboxDispatcher.LOG.failureNotRecorded(
            attempt.event().id(),
            attempt.event().eventType(),
            attempt.event().attemptsMade() + 1,
            attempt.event().messageId(),
            e);
      }
    }
    return attempt;
  }

  private Result storeFailed(
      ConsumedMessage message, Runnable markRollbackOnly, RuntimeException e) {
    InboxDispatcher.LOG.persistFailed(
        message.messageId(), message.source(), message.consumerGroup(), message.deliveryCount(), e);
    if (!plan.mdbTransaction()) {
      // NOTE: without a T1 (AT_MOST_ONCE) the container acknowledges when onMessage returns, so
      // the message is lost, as that strategy accepts.
      return new Result(null, null, false);
    }
    markRollbackOnly.run();
    return new Result(null, null, true);
  }
}
