package dev.omnibox.ejb.outbox;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Objects;

/** {@link TransactionContext} over the container's {@link TransactionSynchronizationRegistry}. */
final class JtaTransactionContext implements TransactionContext {

  private final TransactionSynchronizationRegistry registry;

  JtaTransactionContext(TransactionSynchronizationRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry must not be null");
  }

  @Override
  public int status() {
    return registry.getTransactionStatus();
  }

  @Override
  public Object getResource(Object key) {
    return registry.getResource(key);
  }

  @Override
  public void putResource(Object key, Object value) {
    registry.putResource(key, value);
  }

  @Override
  public void registerInterposedSynchronization(Synchronization synchronization) {
    registry.registerInterposedSynchronization(synchronization);
  }
}
