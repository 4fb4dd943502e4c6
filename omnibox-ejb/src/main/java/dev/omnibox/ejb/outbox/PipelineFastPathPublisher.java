package dev.omnibox.ejb.outbox;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.pipeline.EventBatchProcessor;
import dev.omnibox.pipeline.ShutdownSignal;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.EventPublisher;
import dev.omnibox.spi.EventTracer;
import dev.omnibox.spi.OmniboxMetrics;
import dev.omnibox.spi.OutboxRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The default {@link FastPathPublisher}: after a commit it runs one pipeline batch as large as the
 * number of handed-over events. The batch claims the oldest due events, which are the committed
 * ones unless older events are waiting, so per-key order and leases work exactly as in the relay
 * job.
 *
 * <p>Each batch runs in one JTA transaction, like a chunk of the relay job: the claim, the sends
 * and the completion commit together, so the broker writes its journal once per batch instead of
 * once per event. When that transaction rolls back, the events stay PENDING without a lease and the
 * relay job publishes them. The fast path publishes at-least-once in every publish mode.
 */
@ApplicationScoped
public class PipelineFastPathPublisher implements FastPathPublisher {

  /** The worker id that the fast path's leases carry. */
  static final String WORKER_PREFIX = "omnibox-fast-path-";

  @Inject Instance<OutboxRepository> repositories;
  @Inject EventPublisher publisher;
  @Inject OmniboxMetrics metrics;
  @Inject Instance<DeadLetterStore> deadLetterStores;
  @Inject Instance<EventTracer> tracers;

  private EventBatchProcessor<OutboxEvent> processor;
  private final String workerId = WORKER_PREFIX + UUID.randomUUID();

  @PostConstruct
  void start() {
    processor =
        OutboxProcessors.create(
            StorageBeans.requireOutboxRepository(repositories),
            publisher,
            metrics,
            deadLetterStores.isResolvable() ? deadLetterStores.get() : null,
            tracers.isResolvable() ? tracers.get() : null,
            OmniboxConfig.fromEnvironment(),
            Clock.systemUTC(),
            "omnibox-fast-path");
  }

  @Inject UserTransaction transaction;

  @Override
  public void publish(List<UUID> eventIds) {
    if (eventIds.isEmpty()) {
      return;
    }
    try {
      transaction.begin();
    } catch (NotSupportedException | SystemException e) {
      throw new IllegalStateException(
          "Starting the fast-path transaction for " + eventIds.size() + " events failed", e);
    }
    try {
      processor.processBatch(workerId, eventIds.size(), ShutdownSignal.NEVER);
    } catch (RuntimeException | Error e) {
      rollbackAfter(e);
      throw e;
    }
    try {
      transaction.commit();
    } catch (RollbackException
        | HeuristicMixedException
        | HeuristicRollbackException
        | SystemException e) {
      throw new IllegalStateException(
          "Committing the fast-path transaction of "
              + eventIds.size()
              + " events failed; the relay job publishes what it did not commit",
          e);
    }
  }

  private void rollbackAfter(Throwable failure) {
    try {
      transaction.rollback();
    } catch (SystemException | IllegalStateException e) {
      failure.addSuppressed(e);
    }
  }
}
