package dev.omnibox.ejb.outbox;

import static dev.omnibox.ejb.outbox.OutboxLogger.LOG;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Collects the ids of the outbox events that one transaction writes and, only when that transaction
 * commits, hands them to the fast path. One instance is registered per transaction.
 */
final class FastPathSynchronization implements Synchronization {

  private final FastPathDispatcher dispatcher;
  private final List<UUID> eventIds = new ArrayList<>();

  FastPathSynchronization(FastPathDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  synchronized void add(UUID eventId) {
    eventIds.add(eventId);
  }

  synchronized List<UUID> eventIds() {
    return List.copyOf(eventIds);
  }

  @Override
  public void beforeCompletion() {
    // Nothing to do: the rows are written by the business transaction itself.
  }

  /** Dispatches on commit only; a rollback leaves no rows, so there is nothing to publish. */
  @Override
  public void afterCompletion(int status) {
    if (status != Status.STATUS_COMMITTED) {
      return;
    }
    List<UUID> committed = eventIds();
    if (committed.isEmpty()) {
      return;
    }
    // An exception here would reach the transaction manager after the commit, where it can only
    // be logged, so it is logged here with the event ids.
    try {
      dispatcher.dispatch(committed);
    } catch (RuntimeException e) {
      LOG.fastPathDispatchFailed(committed.size(), committed.get(0), e);
    }
  }
}
