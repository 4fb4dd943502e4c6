package dev.omnibox.ejb.inbox;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.model.InboxEvent;
import java.time.Instant;
import java.util.Objects;

/** The {@link InboxContext} of one dispatch: collects the outcome the handlers request. */
final class DispatchContext implements InboxContext {

  private final InboxEvent event;
  private EventHandlerResult outcome = EventHandlerResult.completed();

  DispatchContext(InboxEvent event) {
    this.event = Objects.requireNonNull(event, "event must not be null");
  }

  @Override
  public InboxEvent event() {
    return event;
  }

  @Override
  public void retry(String reason) {
    offer(EventHandlerResult.retry(reason));
  }

  @Override
  public void retry(String reason, boolean countAsAttempt, Instant nextAttemptAt) {
    offer(EventHandlerResult.retry(reason, countAsAttempt, nextAttemptAt));
  }

  @Override
  public void skip(String reason) {
    offer(EventHandlerResult.skipped(reason));
  }

  @Override
  public void markStale(String reason) {
    offer(EventHandlerResult.stale(reason));
  }

  @Override
  public void fail(String reason) {
    offer(EventHandlerResult.failed(reason));
  }

  /** Keeps {@code result} when it is more severe than the outcome requested so far. */
  void offer(EventHandlerResult result) {
    if (result != null && severity(result.status()) > severity(outcome.status())) {
      outcome = result;
    }
  }

  /** Returns the most severe outcome requested, or completed. */
  EventHandlerResult outcome() {
    return outcome;
  }

  private static int severity(HandlerStatus status) {
    return switch (status) {
      case COMPLETED -> 0;
      case SKIPPED -> 1;
      case STALE -> 2;
      case RETRY -> 3;
      case FAILED -> 4;
    };
  }
}
