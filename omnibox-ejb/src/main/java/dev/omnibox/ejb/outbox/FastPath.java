package dev.omnibox.ejb.outbox;

import java.util.UUID;

/**
 * Enlists new outbox events in the fast path of their transaction: the first event of a transaction
 * registers one {@link FastPathSynchronization}, stored as a transaction resource, and every event
 * adds its id to it.
 */
final class FastPath {

  private static final Object RESOURCE_KEY = new Object();

  private static final FastPath OFF = new FastPath(null);

  private final FastPathDispatcher dispatcher;

  private FastPath(FastPathDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  static FastPath on(FastPathDispatcher dispatcher) {
    if (dispatcher == null) {
      throw new IllegalArgumentException("dispatcher must not be null; use FastPath.off()");
    }
    return new FastPath(dispatcher);
  }

  static FastPath off() {
    return OFF;
  }

  boolean isOn() {
    return dispatcher != null;
  }

  /** Adds the event to the fast path of the active transaction {@code transaction}. */
  void enlist(TransactionContext transaction, UUID eventId) {
    if (dispatcher == null) {
      return;
    }
    FastPathSynchronization synchronization =
        (FastPathSynchronization) transaction.getResource(RESOURCE_KEY);
    if (synchronization == null) {
      synchronization = new FastPathSynchronization(dispatcher);
      transaction.registerInterposedSynchronization(synchronization);
      transaction.putResource(RESOURCE_KEY, synchronization);
    }
    synchronization.add(eventId);
  }
}
