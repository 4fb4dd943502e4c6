package dev.omnibox.pipeline;

import dev.omnibox.model.StoredEvent;
import dev.omnibox.pipeline.step.CircuitBreakerSettings;
import dev.omnibox.retry.Backoff;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.EventTracer;
import dev.omnibox.spi.OmniboxMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Options of the {@link Processors} presets. A built-in step is wired only when its option is set:
 * tracing with a tracer, metrics with metrics, dead letters with a store, the circuit breaker with
 * its settings, and the handler timeout with an executor and a timeout.
 *
 * @param <E> the event type
 * @since 0.1
 */
public final class ProcessorOptions<E extends StoredEvent> {

  private Duration handlerTimeout;
  private ExecutorService handlerExecutor;
  private OmniboxMetrics metrics;
  private EventTracer tracer;
  private DeadLetterStore deadLetterStore;
  private CircuitBreakerSettings circuitBreaker;
  private Backoff backoff;
  private ErrorClassifier classifier;
  private Clock clock = Clock.systemUTC();
  private final List<ProcessingStep<E>> stepsBefore = new ArrayList<>();
  private final List<ProcessingStep<E>> stepsAfter = new ArrayList<>();
  private Consumer<EventProcessorBuilder<E>> customizer = builder -> {};

  public static <E extends StoredEvent> ProcessorOptions<E> create() {
    return new ProcessorOptions<>();
  }

  /**
   * Bounds each handler call by {@code timeout}, running it on {@code executor}. In a container the
   * executor must be a managed one, and the handler runs outside the caller's JTA transaction; see
   * {@link dev.omnibox.pipeline.step.HandlerTimeoutStep}.
   */
  public ProcessorOptions<E> handlerTimeout(ExecutorService executor, Duration timeout) {
    this.handlerExecutor = Objects.requireNonNull(executor, "executor must not be null");
    this.handlerTimeout = Objects.requireNonNull(timeout, "handlerTimeout must not be null");
    return this;
  }

  public ProcessorOptions<E> metrics(OmniboxMetrics newMetrics) {
    this.metrics = Objects.requireNonNull(newMetrics, "metrics must not be null");
    return this;
  }

  public ProcessorOptions<E> tracer(EventTracer newTracer) {
    this.tracer = Objects.requireNonNull(newTracer, "tracer must not be null");
    return this;
  }

  public ProcessorOptions<E> deadLetterStore(DeadLetterStore store) {
    this.deadLetterStore = Objects.requireNonNull(store, "deadLetterStore must not be null");
    return this;
  }

  public ProcessorOptions<E> circuitBreaker(CircuitBreakerSettings settings) {
    this.circuitBreaker = Objects.requireNonNull(settings, "circuitBreaker must not be null");
    return this;
  }

  public ProcessorOptions<E> backoff(Backoff retryBackoff) {
    this.backoff = Objects.requireNonNull(retryBackoff, "backoff must not be null");
    return this;
  }

  public ProcessorOptions<E> classifier(ErrorClassifier errorClassifier) {
    this.classifier = Objects.requireNonNull(errorClassifier, "classifier must not be null");
    return this;
  }

  public ProcessorOptions<E> clock(Clock newClock) {
    this.clock = Objects.requireNonNull(newClock, "clock must not be null");
    return this;
  }

  /** Adds a step outside every built-in step. */
  public ProcessorOptions<E> addStepBefore(ProcessingStep<E> step) {
    stepsBefore.add(Objects.requireNonNull(step, "step must not be null"));
    return this;
  }

  /** Adds a step inside every built-in step, next to the handler (on its thread with a timeout). */
  public ProcessorOptions<E> addStepAfter(ProcessingStep<E> step) {
    stepsAfter.add(Objects.requireNonNull(step, "step must not be null"));
    return this;
  }

  /**
   * Sets the remaining builder settings (commit and fetch strategy, filters, job name, lease TTL,
   * per-key ordering). They apply after the preset's own settings and before the options above,
   * which win where both set the same value.
   */
  public ProcessorOptions<E> configure(Consumer<EventProcessorBuilder<E>> builderSettings) {
    this.customizer = Objects.requireNonNull(builderSettings, "builderSettings must not be null");
    return this;
  }

  Duration handlerTimeout() {
    return handlerTimeout;
  }

  ExecutorService handlerExecutor() {
    return handlerExecutor;
  }

  OmniboxMetrics metrics() {
    return metrics;
  }

  EventTracer tracer() {
    return tracer;
  }

  DeadLetterStore deadLetterStore() {
    return deadLetterStore;
  }

  CircuitBreakerSettings circuitBreaker() {
    return circuitBreaker;
  }

  Backoff backoff() {
    return backoff;
  }

  ErrorClassifier classifier() {
    return classifier;
  }

  Clock clock() {
    return clock;
  }

  List<ProcessingStep<E>> stepsBefore() {
    return stepsBefore;
  }

  List<ProcessingStep<E>> stepsAfter() {
    return stepsAfter;
  }

  Consumer<EventProcessorBuilder<E>> customizer() {
    return customizer;
  }
}
