package dev.omnibox.ejb.outbox;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link TransactionContext} whose status the test sets and whose completion it triggers. */
final class FakeTransaction implements TransactionContext {

  private int status = Status.STATUS_ACTIVE;
  private final Map<Object, Object> resources = new HashMap<>();
  private final List<Synchronization> synchronizations = new ArrayList<>();

  void status(int status) {
    this.status = status;
  }

  List<Synchronization> synchronizations() {
    return List.copyOf(synchronizations);
  }

  void commit() {
    complete(Status.STATUS_COMMITTED);
  }

  void rollback() {
    complete(Status.STATUS_ROLLEDBACK);
  }

  private void complete(int outcome) {
    synchronizations.forEach(Synchronization::beforeCompletion);
    status = outcome;
    synchronizations.forEach(synchronization -> synchronization.afterCompletion(outcome));
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public Object getResource(Object key) {
    return resources.get(key);
  }

  @Override
  public void putResource(Object key, Object value) {
    resources.put(key, value);
  }

  @Override
  public void registerInterposedSynchronization(Synchronization synchronization) {
    synchronizations.add(synchronization);
  }
}
