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
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The default {@link FastPathPublisher}: after a commit it runs one pipeline batch as large as the
 * number of committed events. The batch claims the oldest due events, which are the committed ones
 * unless older events are waiting, so per-key order and leases work exactly as in the relay job.
 *
 * <p>The fast path always publishes at-least-once: it runs on an executor thread with no
 * transaction, so the claim, the send and the completion each commit on their own.
 */
@ApplicationScoped
public class PipelineFastPathPublisher implements FastPathPublisher {

  /** The worker id that the fast path's leases carry. */
  static final String WORKER_PREFIX = "omnibox-fast-path-";

  @Inject OutboxRepository repository;
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
            repository,
            publisher,
            metrics,
            deadLetterStores.isResolvable() ? deadLetterStores.get() : null,
            tracers.isResolvable() ? tracers.get() : null,
            OmniboxConfig.fromEnvironment(),
            Clock.systemUTC(),
            "omnibox-fast-path");
  }

  @Override
  public void publish(List<UUID> eventIds) {
    if (!eventIds.isEmpty()) {
      processor.processBatch(workerId, eventIds.size(), ShutdownSignal.NEVER);
    }
  }
}
