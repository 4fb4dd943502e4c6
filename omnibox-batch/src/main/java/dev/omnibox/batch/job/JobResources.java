package dev.omnibox.batch.job;

import dev.omnibox.batch.BatchProcessorOptions;
import dev.omnibox.batch.InboxRouters;
import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.ejb.inbox.InboxRuntime;
import dev.omnibox.ejb.outbox.OmniboxConfig;
import dev.omnibox.ejb.outbox.OutboxProcessors;
import dev.omnibox.ejb.storage.PartitionMaintenance;
import dev.omnibox.handler.EventHandler;
import dev.omnibox.handler.EventRouter;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.pipeline.EventBatchProcessor;
import dev.omnibox.pipeline.ProcessorOptions;
import dev.omnibox.pipeline.Processors;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.EventPublisher;
import dev.omnibox.spi.EventTracer;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OmniboxMetrics;
import dev.omnibox.spi.OutboxRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Looks up what the jobs need from the application as CDI beans: the repositories, the publisher,
 * the routers, and optionally the pipeline options, dead-letter store, metrics and clock. Missing
 * required beans fail the step with a message that names the bean type.
 */
@Dependent
public class JobResources {

  @Inject Instance<OutboxRepository> outboxRepositories;
  @Inject Instance<InboxRepository> inboxRepositories;
  @Inject Instance<EventPublisher> publishers;
  @Inject Instance<InboxRouters> routers;
  @Inject Instance<InboxRuntime> inboxRuntimes;
  @Inject Instance<BatchProcessorOptions> processorOptions;
  @Inject Instance<DeadLetterStore> deadLetterStores;
  @Inject Instance<OmniboxMetrics> metrics;
  @Inject Instance<EventTracer> tracers;
  @Inject Instance<Clock> clocks;

  OutboxRepository outboxRepository() {
    return required(outboxRepositories, OutboxRepository.class, "the outbox relay");
  }

  InboxRepository inboxRepository() {
    return required(inboxRepositories, InboxRepository.class, "the inbox dispatch");
  }

  Optional<OutboxRepository> optionalOutboxRepository() {
    return optional(outboxRepositories);
  }

  Optional<InboxRepository> optionalInboxRepository() {
    return optional(inboxRepositories);
  }

  /**
   * Returns the partition maintenance over the session of the outbox repository, else of the inbox
   * repository, when one of them is omnibox's own storage.
   */
  Optional<PartitionMaintenance> partitionMaintenance() {
    return optionalOutboxRepository()
        .flatMap(PartitionMaintenance::sharing)
        .or(() -> optionalInboxRepository().flatMap(PartitionMaintenance::sharing));
  }

  EventPublisher publisher() {
    return required(publishers, EventPublisher.class, "the outbox relay");
  }

  /** Returns whether the application routes inbox events itself, with an InboxRouters bean. */
  boolean hasRouters() {
    return routers.isResolvable();
  }

  EventRouter<InboxEvent> router(String consumerGroup) {
    return required(routers, InboxRouters.class, "the inbox dispatch").routerFor(consumerGroup);
  }

  /**
   * Returns the dispatcher of the handlers that omnibox-ejb discovered ({@code @OnEvent} methods),
   * which the dispatch job uses when there is no {@link InboxRouters} bean.
   */
  EventHandler<InboxEvent> discoveredHandlers() {
    if (!inboxRuntimes.isResolvable()) {
      throw new IllegalStateException(
          "the inbox dispatch needs either a CDI bean of type "
              + InboxRouters.class.getName()
              + " or the omnibox-ejb inbox runtime ("
              + InboxRuntime.class.getName()
              + "), and neither is available");
    }
    return inboxRuntimes.get().dispatcher();
  }

  Clock clock() {
    return optional(clocks).orElseGet(Clock::systemUTC);
  }

  /**
   * Builds the relay's pipeline over {@code repository}: with the application's {@link
   * BatchProcessorOptions} when there is such a bean, else the way the outbox fast path builds its
   * own ({@link OutboxProcessors}: JMS error rules, metrics, tracing, dead letters and the per-key
   * ordering settings). The pipeline sends through {@code publisher}, which the caller wraps for
   * the publish mode.
   */
  EventBatchProcessor<OutboxEvent> relayPipeline(
      OutboxRepository repository, EventPublisher publisher) {
    Optional<BatchProcessorOptions> custom = optional(processorOptions);
    if (custom.isPresent()) {
      return Processors.createOutboxProcessor(repository, publisher, custom.get().relayOptions());
    }
    return OutboxProcessors.create(
        repository,
        publisher,
        optional(metrics).orElse(OmniboxMetrics.NOOP),
        optional(deadLetterStores).orElse(null),
        optional(tracers).orElse(null),
        OmniboxConfig.fromEnvironment(),
        clock(),
        OmniboxJobs.OUTBOX_RELAY);
  }

  ProcessorOptions<InboxEvent> dispatchOptions(String consumerGroup) {
    return optional(processorOptions)
        .map(options -> options.dispatchOptions(consumerGroup))
        .orElseGet(this::defaultOptions);
  }

  private <E extends StoredEvent> ProcessorOptions<E> defaultOptions() {
    ProcessorOptions<E> options = ProcessorOptions.<E>create().clock(clock());
    optional(deadLetterStores).ifPresent(options::deadLetterStore);
    optional(metrics).ifPresent(options::metrics);
    return options;
  }

  private static <T> Optional<T> optional(Instance<T> instance) {
    return instance.isResolvable() ? Optional.of(instance.get()) : Optional.empty();
  }

  private static <T> T required(Instance<T> instance, Class<T> type, String user) {
    if (instance.isResolvable()) {
      return instance.get();
    }
    String problem = instance.isUnsatisfied() ? "no CDI bean" : "more than one CDI bean";
    throw new IllegalStateException(
        problem
            + " of type "
            + type.getName()
            + " is available, and "
            + user
            + " needs exactly one; provide one with a producer method or mark one @Default");
  }
}
