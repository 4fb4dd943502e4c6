package dev.omnibox.pipeline;

import dev.omnibox.handler.EventHandler;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.retry.Backoff;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OmniboxMetrics;
import dev.omnibox.spi.OutboxRepository;
import dev.omnibox.spi.RepositoryCapabilities;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds an {@link EventBatchProcessor}. Steps run in the order they are added, the first one
 * outermost; the handler given to the factory method ends the chain.
 *
 * @param <E> the event type
 * @since 0.1
 */
public final class EventProcessorBuilder<E extends StoredEvent> {

  /** The default lease: long enough for a batch of slow handlers, short enough to recover. */
  public static final Duration DEFAULT_LEASE_TTL = Duration.ofMinutes(5);

  private final EventRepository<E> repository;
  private final EventKind kind;
  private final EventHandler<E> handler;
  private final List<ProcessingStep<E>> steps = new ArrayList<>();
  private CommitStrategy commitStrategy = CommitStrategy.BULK;
  private FetchStrategy fetchStrategy;
  private FetchFilters filters = FetchFilters.none();
  private String jobName;
  private Duration leaseTtl = DEFAULT_LEASE_TTL;
  private PerKeyOrdering perKeyOrdering = PerKeyOrdering.NONE;
  private Clock clock = Clock.systemUTC();
  private OmniboxMetrics metrics = OmniboxMetrics.NOOP;
  private ErrorClassifier classifier = ErrorClassifier.defaults();
  private Backoff backoff = Backoff.builder().build();

  private EventProcessorBuilder(
      EventRepository<E> repository, EventKind kind, EventHandler<E> handler, String jobName) {
    this.repository = Objects.requireNonNull(repository, "repository must not be null");
    this.kind = kind;
    this.handler = Objects.requireNonNull(handler, "handler must not be null");
    this.jobName = jobName;
  }

  /** Starts a processor of outbox events whose chain ends in {@code handler}, usually a publish. */
  public static EventProcessorBuilder<OutboxEvent> forOutbox(
      OutboxRepository repository, EventHandler<OutboxEvent> handler) {
    return new EventProcessorBuilder<>(repository, EventKind.OUTBOX, handler, "omnibox-outbox");
  }

  /** Starts a processor of inbox events whose chain ends in {@code handler}. */
  public static EventProcessorBuilder<InboxEvent> forInbox(
      InboxRepository repository, EventHandler<InboxEvent> handler) {
    return new EventProcessorBuilder<>(repository, EventKind.INBOX, handler, "omnibox-inbox");
  }

  /** Adds a step inside the steps added before it. */
  public EventProcessorBuilder<E> addStep(ProcessingStep<E> step) {
    steps.add(Objects.requireNonNull(step, "step must not be null"));
    return this;
  }

  /** Adds steps in order, each inside the one before. */
  public EventProcessorBuilder<E> addSteps(List<? extends ProcessingStep<E>> newSteps) {
    Objects.requireNonNull(newSteps, "steps must not be null").forEach(this::addStep);
    return this;
  }

  /** Sets how outcomes are written; {@link CommitStrategy#BULK} by default. */
  public EventProcessorBuilder<E> commitStrategy(CommitStrategy strategy) {
    this.commitStrategy = Objects.requireNonNull(strategy, "commitStrategy must not be null");
    return this;
  }

  /** Sets how events are claimed; by default chosen from the repository's capabilities. */
  public EventProcessorBuilder<E> fetchStrategy(FetchStrategy strategy) {
    this.fetchStrategy = Objects.requireNonNull(strategy, "fetchStrategy must not be null");
    return this;
  }

  /** Sets the filters used by {@code processBatch} without a filters argument. */
  public EventProcessorBuilder<E> filters(FetchFilters fetchFilters) {
    this.filters = Objects.requireNonNull(fetchFilters, "filters must not be null; use none()");
    return this;
  }

  /** Sets the name used in log lines, for example the batch job's name. */
  public EventProcessorBuilder<E> jobName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("jobName must not be blank, but was '" + name + "'");
    }
    this.jobName = name;
    return this;
  }

  /** Sets how long a claim lasts; it must cover a whole batch. Five minutes by default. */
  public EventProcessorBuilder<E> leaseTtl(Duration ttl) {
    Objects.requireNonNull(ttl, "leaseTtl must not be null");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("leaseTtl must be positive, but was " + ttl);
    }
    this.leaseTtl = ttl;
    return this;
  }

  /** Sets per-key ordering; off by default. Needs the distributed lock fetch strategy. */
  public EventProcessorBuilder<E> perKeyOrdering(PerKeyOrdering ordering) {
    this.perKeyOrdering = Objects.requireNonNull(ordering, "perKeyOrdering must not be null");
    return this;
  }

  /** Sets the clock that schedules retries and measures batches. */
  public EventProcessorBuilder<E> clock(Clock newClock) {
    this.clock = Objects.requireNonNull(newClock, "clock must not be null");
    return this;
  }

  /** Sets where the batch durations go; the metrics step reports per-event counts. */
  public EventProcessorBuilder<E> metrics(OmniboxMetrics newMetrics) {
    this.metrics = Objects.requireNonNull(newMetrics, "metrics must not be null; use NOOP");
    return this;
  }

  /**
   * Sets which exceptions count as an attempt (permanent) and which do not (transient); {@link
   * ErrorClassifier#defaults()} by default.
   */
  public EventProcessorBuilder<E> classifier(ErrorClassifier errorClassifier) {
    this.classifier = Objects.requireNonNull(errorClassifier, "classifier must not be null");
    return this;
  }

  /**
   * Sets the delay before a retry that did not set its own time; by default {@code
   * Backoff.builder().build()}: exponential from 1 s, doubling, capped at 10 minutes, full jitter.
   */
  public EventProcessorBuilder<E> backoff(Backoff retryBackoff) {
    this.backoff = Objects.requireNonNull(retryBackoff, "backoff must not be null");
    return this;
  }

  /**
   * Builds the processor.
   *
   * @throws IllegalStateException when the fetch strategy or the per-key ordering needs a
   *     capability the repository does not have
   */
  public EventBatchProcessor<E> build() {
    FetchStrategy resolved = resolvedFetchStrategy();
    RepositoryCapabilities capabilities = repository.capabilities();
    if (resolved == FetchStrategy.DISTRIBUTED_LOCK && !capabilities.skipLocked()) {
      throw new IllegalStateException(
          "fetchStrategy DISTRIBUTED_LOCK needs a repository with skipLocked, but "
              + repository.getClass().getName()
              + " has none; use FetchStrategy.OPTIMISTIC");
    }
    if (perKeyOrdering.enabled()) {
      requireOrderingSupport(resolved, capabilities);
    }
    return new EventBatchProcessor<>(this, handler);
  }

  private void requireOrderingSupport(FetchStrategy resolved, RepositoryCapabilities capabilities) {
    if (resolved != FetchStrategy.DISTRIBUTED_LOCK) {
      throw new IllegalStateException(
          "perKeyOrdering "
              + perKeyOrdering
              + " needs fetchStrategy DISTRIBUTED_LOCK, but was "
              + resolved);
    }
    if (!capabilities.perKeyOrdering()) {
      throw new IllegalStateException(
          "perKeyOrdering "
              + perKeyOrdering
              + " needs a repository with perKeyOrdering, but "
              + repository.getClass().getName()
              + " has none; use PerKeyOrdering.NONE");
    }
  }

  FetchStrategy resolvedFetchStrategy() {
    return fetchStrategy != null
        ? fetchStrategy
        : FetchStrategy.forCapabilities(repository.capabilities());
  }

  EventRepository<E> repository() {
    return repository;
  }

  EventKind kind() {
    return kind;
  }

  List<ProcessingStep<E>> steps() {
    return steps;
  }

  CommitStrategy commitStrategy() {
    return commitStrategy;
  }

  FetchFilters filters() {
    return filters;
  }

  String jobName() {
    return jobName;
  }

  Duration leaseTtl() {
    return leaseTtl;
  }

  PerKeyOrdering perKeyOrdering() {
    return perKeyOrdering;
  }

  Clock clock() {
    return clock;
  }

  OmniboxMetrics metrics() {
    return metrics;
  }

  ErrorClassifier classifier() {
    return classifier;
  }

  Backoff backoff() {
    return backoff;
  }
}
