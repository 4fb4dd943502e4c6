package dev.omnibox.it.inbox;

import dev.omnibox.ejb.inbox.InboxContext;
import dev.omnibox.ejb.inbox.OnEvent;
import dev.omnibox.handler.EventHandlerResult;
import jakarta.enterprise.context.ApplicationScoped;
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

  /** Returns the calls for the message {@code messageId}, in call order. */
  List<Call> calls(String messageId) {
    return List.copyOf(calls.getOrDefault(messageId, List.of()));
  }
}
