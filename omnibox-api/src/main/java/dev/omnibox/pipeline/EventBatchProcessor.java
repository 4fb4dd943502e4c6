package dev.omnibox.pipeline;

import static dev.omnibox.pipeline.PipelineLogger.LOG;

import dev.omnibox.handler.EventHandler;
import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.OmniboxMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Claims a batch of events, runs each through the processing steps and the handler, and writes the
 * outcomes. Built with {@link EventProcessorBuilder} or a {@link Processors} preset.
 *
 * <p>Outcomes are written after the whole batch ran: a crash in between leaves the events leased
 * until the lease expires, and they are processed again (at-least-once). In a container, the caller
 * decides the transaction: inbox handlers whose effects must commit with the row call {@link
 * #processBatch} inside one JTA transaction.
 *
 * <p>Instances are thread-safe when their steps are; several workers may share one.
 *
 * @param <E> the event type
 * @since 0.1
 */
public final class EventBatchProcessor<E extends StoredEvent> {

  private final String jobName;
  private final EventKind kind;
  private final List<ProcessingStep<E>> steps;
  private final StepChain<E> chain;
  private final EventFetcher<E> fetcher;
  private final EventCommitter committer;
  private final OutcomeResolver resolver;
  private final FetchFilters defaultFilters;
  private final OmniboxMetrics metrics;
  private final Clock clock;

  EventBatchProcessor(EventProcessorBuilder<E> builder, EventHandler<E> handler) {
    this.jobName = builder.jobName();
    this.kind = builder.kind();
    this.steps = List.copyOf(builder.steps());
    this.chain = link(0, handler);
    this.fetcher =
        new EventFetcher<>(
            builder.repository(),
            builder.resolvedFetchStrategy(),
            builder.leaseTtl(),
            builder.perKeyOrdering());
    this.committer = new EventCommitter(builder.repository(), builder.commitStrategy());
    this.resolver = new OutcomeResolver(builder.clock(), builder.classifier(), builder.backoff());
    this.defaultFilters = builder.filters();
    this.metrics = builder.metrics();
    this.clock = builder.clock();
  }

  /** Processes one batch with the filters set on the builder. */
  public BatchProcessingResult processBatch(
      String workerId, int batchSize, ShutdownSignal shutdownSignal) {
    return processBatch(workerId, batchSize, shutdownSignal, defaultFilters);
  }

  /**
   * Claims up to {@code batchSize} events matching {@code filters} for {@code workerId}, processes
   * them in fetch order, and writes their outcomes.
   *
   * <p>When {@code shutdownSignal} is raised, or the thread is interrupted, the batch takes no
   * further event: the one in progress finishes, and the leases of the rest are released ({@code
   * releaseLeases}, no failure recorded), so another worker takes them without waiting for the
   * lease to expire. A failing write is reported in the result and logged, not thrown.
   *
   * @throws dev.omnibox.spi.StorageException when claiming fails; nothing was processed
   */
  public BatchProcessingResult processBatch(
      String workerId, int batchSize, ShutdownSignal shutdownSignal, FetchFilters filters) {
    requireText(workerId);
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, but was " + batchSize);
    }
    Objects.requireNonNull(shutdownSignal, "shutdownSignal must not be null; use NEVER");
    Objects.requireNonNull(filters, "filters must not be null; use FetchFilters.none()");

    Instant start = clock.instant();
    List<E> events = fetcher.fetch(workerId, batchSize, filters);
    if (events.isEmpty()) {
      return BatchProcessingResult.empty();
    }

    List<Decision> decisions = processAll(workerId, events, shutdownSignal);
    BatchProcessingResult result =
        BatchProcessingResult.of(decisions, committer.commit(workerId, decisions));

    metrics.batch(kind, events.size(), Duration.between(start, clock.instant()));
    LOG.batchDone(jobName, workerId, result);
    return result;
  }

  /** Returns the steps in chain order, outermost first; the handler follows the last one. */
  public List<ProcessingStep<E>> steps() {
    return steps;
  }

  public String jobName() {
    return jobName;
  }

  private List<Decision> processAll(String workerId, List<E> events, ShutdownSignal signal) {
    List<Decision> decisions = new ArrayList<>(events.size());
    List<UUID> unprocessed = new ArrayList<>();
    for (E event : events) {
      if (signal.isRequested() || Thread.currentThread().isInterrupted()) {
        decisions.add(resolver.unprocessed(event));
        unprocessed.add(event.id());
      } else {
        decisions.add(resolver.decide(event, processOne(event)));
      }
    }
    if (!unprocessed.isEmpty()) {
      LOG.shutdownMidBatch(workerId, unprocessed.size(), unprocessed);
    }
    return decisions;
  }

  private EventHandlerResult processOne(E event) {
    try {
      return chain.proceed(event);
    } catch (Exception e) {
      return resolver.resultOf(event, e);
    }
  }

  private StepChain<E> link(int index, EventHandler<E> handler) {
    if (index == steps.size()) {
      return handler::handle;
    }
    ProcessingStep<E> step = steps.get(index);
    StepChain<E> next = link(index + 1, handler);
    return event -> step.process(event, next);
  }

  private static void requireText(String workerId) {
    if (workerId == null || workerId.isBlank()) {
      throw new IllegalArgumentException("workerId must not be blank, but was '" + workerId + "'");
    }
  }
}
