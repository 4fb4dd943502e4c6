package dev.omnibox.it.inbox;

import dev.omnibox.ejb.inbox.InboxContext;
import dev.omnibox.ejb.inbox.OnEvent;
import dev.omnibox.handler.EventHandlerResult;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The handler of group {@value RetryInbox#GROUP}. In mode {@code retry-once} it requests a counted
 * retry on the first attempt and completes on the next; in mode {@code fail} it raises an error on
 * every attempt. Every call is recorded with what the event carried at that attempt.
 */
@ApplicationScoped
public class RetryHandlers {

  static final String RETRY_REASON = "not ready yet, retry requested on purpose";
  static final String FAILURE = "handler failed on purpose";
  static final String COMMIT_FAILURE = "commit failed on purpose";

  @Resource private TransactionSynchronizationRegistry transactions;

  /** What the handler saw at one call. */
  record Call(int attempt, int attemptsMade, String lastError) {}

  private final Map<String, List<Call>> calls = new ConcurrentHashMap<>();

  @OnEvent(consumerGroup = RetryInbox.GROUP)
  EventHandlerResult handle(ItOrder order, InboxContext context) {
    calls
        .computeIfAbsent(context.event().messageId(), id -> new CopyOnWriteArrayList<>())
        .add(
            new Call(
                context.attempt(), context.event().attemptsMade(), context.event().lastError()));
    if ("fail".equals(order.mode())) {
      throw new IllegalStateException(FAILURE + " for order " + order.orderId());
    }
    if ("retry-once".equals(order.mode()) && context.attempt() == 1) {
      return EventHandlerResult.retry(RETRY_REASON, true, null);
    }
    return EventHandlerResult.completed();
  }

  /**
   * Handles group {@value InlineRetryInbox#GROUP}, in the consumer's transaction. On the first call
   * for a message, mode {@code throw-once} raises an error, and mode {@code commit-fails-once}
   * returns normally but makes the transaction fail at commit, as a write that the database rejects
   * at commit would. Later calls complete.
   */
  @OnEvent(consumerGroup = InlineRetryInbox.GROUP)
  EventHandlerResult handleInline(ItOrder order, InboxContext context) {
    List<Call> seen =
        calls.computeIfAbsent(context.event().messageId(), id -> new CopyOnWriteArrayList<>());
    seen.add(
        new Call(context.attempt(), context.event().attemptsMade(), context.event().lastError()));
    if (seen.size() > 1) {
      return EventHandlerResult.completed();
    }
    if ("throw-once".equals(order.mode())) {
      throw new IllegalStateException(FAILURE + " for order " + order.orderId());
    }
    if ("commit-fails-once".equals(order.mode())) {
      transactions.registerInterposedSynchronization(new FailingCommit(order.orderId()));
    }
    return EventHandlerResult.completed();
  }

  /** Raises an error before the transaction completes, so the commit rolls back. */
  private record FailingCommit(String orderId) implements Synchronization {

    @Override
    public void beforeCompletion() {
      throw new IllegalStateException(COMMIT_FAILURE + " for order " + orderId);
    }

    @Override
    public void afterCompletion(int status) {}
  }

  /** Returns the calls for the message {@code messageId}, in call order. */
  List<Call> calls(String messageId) {
    return List.copyOf(calls.getOrDefault(messageId, List.of()));
  }
}
