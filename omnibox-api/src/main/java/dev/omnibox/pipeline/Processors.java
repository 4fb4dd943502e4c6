package dev.omnibox.pipeline;

import dev.omnibox.handler.EventHandler;
import dev.omnibox.handler.EventRouter;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.pipeline.step.CircuitBreakerStep;
import dev.omnibox.pipeline.step.DeadLetterStep;
import dev.omnibox.pipeline.step.HandlerTimeoutStep;
import dev.omnibox.pipeline.step.MetricsStep;
import dev.omnibox.pipeline.step.SiblingDeduplicationStep;
import dev.omnibox.pipeline.step.TracingStep;
import dev.omnibox.spi.EventPublisher;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import java.util.Objects;

/**
 * Ready-made processors. Each wires its steps in this order, outermost first, leaving out those
 * whose option is not set:
 *
 * <ol>
 *   <li>the steps added with {@link ProcessorOptions#addStepBefore};
 *   <li>{@link TracingStep}, so the span covers everything below;
 *   <li>{@link MetricsStep}, which reports the outcome the steps below settled on;
 *   <li>{@link DeadLetterStep}, outside the breaker so a rejected call never dead-letters;
 *   <li>{@link CircuitBreakerStep};
 *   <li>{@link SiblingDeduplicationStep} (inbox only, and only when the storage does not enforce
 *       one row per message id and consumer group), on the caller's thread and transaction;
 *   <li>{@link HandlerTimeoutStep}, which moves the rest to the handler executor;
 *   <li>the steps added with {@link ProcessorOptions#addStepAfter};
 *   <li>the handler: a publish, a handler, or a dispatch through a router.
 * </ol>
 *
 * @since 0.1
 */
public final class Processors {

  private Processors() {}

  /** Creates a processor that publishes outbox events through {@code publisher}. */
  public static EventBatchProcessor<OutboxEvent> createOutboxProcessor(
      OutboxRepository repository,
      EventPublisher publisher,
      ProcessorOptions<OutboxEvent> options) {
    EventProcessorBuilder<OutboxEvent> builder =
        EventProcessorBuilder.forOutbox(repository, new PublishingHandler(publisher));
    addSteps(builder, options, null, "omnibox.publish");
    return builder.build();
  }

  /** Creates a processor that hands every inbox event it fetches to {@code handler}. */
  public static EventBatchProcessor<InboxEvent> createInboxProcessor(
      InboxRepository repository,
      EventHandler<InboxEvent> handler,
      ProcessorOptions<InboxEvent> options) {
    EventProcessorBuilder<InboxEvent> builder = EventProcessorBuilder.forInbox(repository, handler);
    addSteps(builder, options, deduplication(repository), "omnibox.handle");
    return builder.build();
  }

  /**
   * Creates a processor for one consumer group that dispatches its inbox events through that
   * group's router. It fetches only that group's events; events with no registered handler are
   * skipped.
   */
  public static EventBatchProcessor<InboxEvent> createDispatchingProcessor(
      InboxRepository repository,
      String consumerGroup,
      EventRouter<InboxEvent> router,
      ProcessorOptions<InboxEvent> options) {
    if (consumerGroup == null || consumerGroup.isBlank()) {
      throw new IllegalArgumentException(
          "consumerGroup must not be blank, but was '" + consumerGroup + "'");
    }
    EventProcessorBuilder<InboxEvent> builder =
        EventProcessorBuilder.forInbox(repository, new RoutingHandler(router))
            .filters(FetchFilters.forConsumerGroup(consumerGroup))
            .jobName("omnibox-dispatch-" + consumerGroup);
    addSteps(builder, options, deduplication(repository), "omnibox.handle");
    requireGroupFilter(builder.filters(), consumerGroup);
    return builder.build();
  }

  private static <E extends StoredEvent> void addSteps(
      EventProcessorBuilder<E> builder,
      ProcessorOptions<E> options,
      ProcessingStep<E> deduplication,
      String operation) {
    Objects.requireNonNull(options, "options must not be null; use ProcessorOptions.create()");
    options.customizer().accept(builder);
    applyShared(builder, options);
    builder.addSteps(options.stepsBefore());
    if (options.tracer() != null) {
      builder.addStep(new TracingStep<>(options.tracer(), operation));
    }
    if (options.metrics() != null) {
      builder.addStep(new MetricsStep<>(options.metrics(), builder.classifier(), options.clock()));
    }
    if (options.deadLetterStore() != null) {
      builder.addStep(
          new DeadLetterStep<>(
              options.deadLetterStore(), builder.classifier(), builder.backoff(), options.clock()));
    }
    if (options.circuitBreaker() != null) {
      builder.addStep(
          new CircuitBreakerStep<>(options.circuitBreaker(), options.clock(), builder.metrics()));
    }
    if (deduplication != null) {
      builder.addStep(deduplication);
    }
    if (options.handlerTimeout() != null) {
      builder.addStep(
          new HandlerTimeoutStep<>(options.handlerExecutor(), options.handlerTimeout()));
    }
    builder.addSteps(options.stepsAfter());
  }

  /** Gives the processor the clock, metrics, classifier and backoff that the steps use. */
  private static <E extends StoredEvent> void applyShared(
      EventProcessorBuilder<E> builder, ProcessorOptions<E> options) {
    builder.clock(options.clock());
    if (options.metrics() != null) {
      builder.metrics(options.metrics());
    }
    if (options.classifier() != null) {
      builder.classifier(options.classifier());
    }
    if (options.backoff() != null) {
      builder.backoff(options.backoff());
    }
  }

  private static ProcessingStep<InboxEvent> deduplication(InboxRepository repository) {
    return repository.capabilities().uniqueInboxKey()
        ? null
        : new SiblingDeduplicationStep(repository);
  }

  private static void requireGroupFilter(FetchFilters filters, String consumerGroup) {
    if (!consumerGroup.equals(filters.consumerGroup())) {
      throw new IllegalArgumentException(
          "filters must select consumer group "
              + consumerGroup
              + " of the dispatching processor,"
              + " but select "
              + filters.consumerGroup());
    }
  }
}
