package dev.omnibox.pipeline;

import static dev.omnibox.testing.PipelineFixtures.BACKOFF;
import static dev.omnibox.testing.PipelineFixtures.CLASSIFIER;
import static dev.omnibox.testing.PipelineFixtures.NOW;
import static dev.omnibox.testing.PipelineFixtures.id;
import static dev.omnibox.testing.PipelineFixtures.inboxEvent;
import static dev.omnibox.testing.PipelineFixtures.outboxEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.EventRouter;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.pipeline.step.CircuitBreakerSettings;
import dev.omnibox.pipeline.step.CircuitBreakerStep;
import dev.omnibox.pipeline.step.DeadLetterStep;
import dev.omnibox.pipeline.step.HandlerTimeoutStep;
import dev.omnibox.pipeline.step.MetricsStep;
import dev.omnibox.pipeline.step.SiblingDeduplicationStep;
import dev.omnibox.pipeline.step.TracingStep;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.RepositoryCapabilities;
import dev.omnibox.testing.InMemoryDeadLetterStore;
import dev.omnibox.testing.InMemoryEventRepository;
import dev.omnibox.testing.InMemoryInboxRepository;
import dev.omnibox.testing.InMemoryOutboxRepository;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.RecordingMetrics;
import dev.omnibox.testing.RecordingPublisher;
import dev.omnibox.testing.RecordingTracer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProcessorsTest {

  private final MutableClock clock = new MutableClock(NOW);
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final RecordingMetrics metrics = new RecordingMetrics();
  private final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
  private final RecordingPublisher publisher = new RecordingPublisher();
  private final InMemoryOutboxRepository outbox =
      new InMemoryOutboxRepository(clock, InMemoryEventRepository.LOCKING);

  /** A repository without a unique (message id, consumer group) key, like a partitioned table. */
  private final InMemoryInboxRepository partitionedInbox =
      new InMemoryInboxRepository(
          clock, new RepositoryCapabilities(true, true, true, true, false, true));

  @AfterEach
  void stopExecutor() {
    executor.shutdownNow();
  }

  private <E extends StoredEvent> ProcessorOptions<E> allOptions(
      ProcessingStep<E> before, ProcessingStep<E> after) {
    return ProcessorOptions.<E>create()
        .clock(clock)
        .classifier(CLASSIFIER)
        .backoff(BACKOFF)
        .metrics(metrics)
        .tracer(new RecordingTracer())
        .deadLetterStore(deadLetters)
        .circuitBreaker(CircuitBreakerSettings.defaults("broker"))
        .handlerTimeout(executor, Duration.ofSeconds(10))
        .addStepBefore(before)
        .addStepAfter(after);
  }

  private static List<Class<?>> stepClasses(EventBatchProcessor<?> processor) {
    return processor.steps().stream().<Class<?>>map(Object::getClass).toList();
  }

  @Test
  void outboxPreset_wiresStepsInDocumentedOrder() {
    ProcessingStep<OutboxEvent> before = (event, next) -> next.proceed(event);
    ProcessingStep<OutboxEvent> after = (event, next) -> next.proceed(event);

    EventBatchProcessor<OutboxEvent> processor =
        Processors.createOutboxProcessor(outbox, publisher, allOptions(before, after));

    assertThat(processor.steps().get(0)).isSameAs(before);
    assertThat(stepClasses(processor).subList(1, 6))
        .containsExactly(
            TracingStep.class,
            MetricsStep.class,
            DeadLetterStep.class,
            CircuitBreakerStep.class,
            HandlerTimeoutStep.class);
    assertThat(processor.steps().get(6)).isSameAs(after);
    assertThat(processor.steps()).hasSize(7);
  }

  @Test
  void inboxPreset_addsDeduplicationWithoutUniqueKey() {
    ProcessingStep<InboxEvent> before = (event, next) -> next.proceed(event);
    ProcessingStep<InboxEvent> after = (event, next) -> next.proceed(event);

    EventBatchProcessor<InboxEvent> processor =
        Processors.createInboxProcessor(
            partitionedInbox, event -> EventHandlerResult.completed(), allOptions(before, after));

    assertThat(stepClasses(processor).subList(1, 7))
        .containsExactly(
            TracingStep.class,
            MetricsStep.class,
            DeadLetterStep.class,
            CircuitBreakerStep.class,
            SiblingDeduplicationStep.class,
            HandlerTimeoutStep.class);
    assertThat(processor.steps().get(0)).isSameAs(before);
    assertThat(processor.steps().get(7)).isSameAs(after);
  }

  @Test
  void inboxPreset_leavesOutDeduplicationWithUniqueKey() {
    InMemoryInboxRepository unique =
        new InMemoryInboxRepository(clock, InMemoryEventRepository.LOCKING);

    EventBatchProcessor<InboxEvent> processor =
        Processors.createInboxProcessor(
            unique, event -> EventHandlerResult.completed(), ProcessorOptions.create());

    assertThat(processor.steps()).isEmpty();
  }

  @Test
  void outboxPreset_publishesAndDeadLettersTheLastFailure() {
    outbox.put(outboxEvent(1));
    outbox.put(outboxEvent(2).toBuilder().attemptsMade(2).build());
    publisher.failWith(
        event -> event.id().equals(id(2)) ? new IllegalArgumentException("rejected") : null);
    ProcessorOptions<OutboxEvent> options =
        ProcessorOptions.<OutboxEvent>create()
            .clock(clock)
            .classifier(CLASSIFIER)
            .backoff(BACKOFF)
            .metrics(metrics)
            .deadLetterStore(deadLetters);

    BatchProcessingResult result =
        Processors.createOutboxProcessor(outbox, publisher, options)
            .processBatch("relay-1", 10, ShutdownSignal.NEVER);

    assertThat(publisher.published()).containsExactly(id(1));
    assertThat(result.completedIds()).containsExactly(id(1));
    assertThat(result.terminalFailedIds()).containsExactly(id(2));
    assertThat(outbox.get(id(2)).status()).isEqualTo(EventStatus.FAILED);
    assertThat(deadLetters.all())
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.eventId()).isEqualTo(id(2));
              assertThat(letter.reason()).isEqualTo("java.lang.IllegalArgumentException: rejected");
            });
    assertThat(metrics.calls())
        .containsExactly(
            "completed OUTBOX orders PT59M59S",
            "failed OUTBOX orders counted",
            "deadLettered OUTBOX orders",
            "batch OUTBOX 2 PT0S");
  }

  @Test
  void dispatchingPreset_routesOneGroupAndSkipsUnrouted() {
    partitionedInbox.put(inboxEvent(1));
    partitionedInbox.put(inboxEvent(2).toBuilder().eventType("order.cancelled").build());
    partitionedInbox.put(inboxEvent(3).toBuilder().consumerGroup("billing").build());
    EventRouter<InboxEvent> router = new EventRouter<>();
    router.register(
        "orders", "order.created", null, "shipOrder", event -> EventHandlerResult.completed());

    BatchProcessingResult result =
        Processors.createDispatchingProcessor(
                partitionedInbox,
                "shipping",
                router,
                ProcessorOptions.<InboxEvent>create().clock(clock))
            .processBatch("dispatch-1", 10, ShutdownSignal.NEVER);

    assertThat(result.completedIds()).containsExactly(id(1));
    assertThat(result.skippedIds()).containsExactly(id(2));
    assertThat(partitionedInbox.get(id(3)).status()).isEqualTo(EventStatus.PENDING);
  }

  @Test
  void dispatchingPreset_rejectsFiltersOfAnotherGroup() {
    ProcessorOptions<InboxEvent> options =
        ProcessorOptions.<InboxEvent>create()
            .configure(builder -> builder.filters(FetchFilters.forConsumerGroup("billing")));

    assertThatThrownBy(
            () ->
                Processors.createDispatchingProcessor(
                    partitionedInbox, "shipping", new EventRouter<>(), options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filters must select consumer group shipping");
  }

  @Test
  void configure_setsBuilderOptions() {
    EventBatchProcessor<OutboxEvent> processor =
        Processors.createOutboxProcessor(
            outbox,
            publisher,
            ProcessorOptions.<OutboxEvent>create()
                .configure(
                    builder -> builder.jobName("relay").commitStrategy(CommitStrategy.SINGLE)));

    assertThat(processor.jobName()).isEqualTo("relay");
  }
}
