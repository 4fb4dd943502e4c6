package dev.omnibox.pipeline.step;

import static dev.omnibox.pipeline.EventAttributes.kindOf;
import static dev.omnibox.pipeline.EventAttributes.scopeOf;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.pipeline.ProcessingStep;
import dev.omnibox.pipeline.StepChain;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.OmniboxMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Reports each event's outcome to {@link OmniboxMetrics}: completed with the latency since the
 * event was created, skipped, stale, or failed (counted or not) followed by either retried or, when
 * the event becomes FAILED, dead-lettered. Exceptions are classified with the same classifier as
 * the batch processor's, and passed on unchanged.
 *
 * @param <E> the event type
 * @since 0.1
 */
public final class MetricsStep<E extends StoredEvent> implements ProcessingStep<E> {

  private final OmniboxMetrics metrics;
  private final ErrorClassifier classifier;
  private final Clock clock;

  public MetricsStep(OmniboxMetrics metrics, ErrorClassifier classifier, Clock clock) {
    this.metrics = Objects.requireNonNull(metrics, "metrics must not be null; use NOOP");
    this.classifier = Objects.requireNonNull(classifier, "classifier must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  @Override
  public EventHandlerResult process(E event, StepChain<E> next) throws Exception {
    EventHandlerResult result;
    try {
      result = next.proceed(event);
    } catch (Exception e) {
      report(event, ObservedOutcome.ofError(event, e, classifier));
      throw e;
    }
    report(event, ObservedOutcome.of(event, result));
    return result;
  }

  private void report(E event, ObservedOutcome outcome) {
    EventKind kind = kindOf(event);
    String scope = scopeOf(event);
    switch (outcome) {
      case COMPLETED -> metrics.completed(kind, scope, latency(event));
      case SKIPPED -> metrics.skipped(kind, scope);
      case STALE -> metrics.stale(kind, scope);
      case FAILED_COUNTED, FAILED_NOT_COUNTED -> {
        metrics.failed(kind, scope, outcome == ObservedOutcome.FAILED_COUNTED);
        metrics.retried(kind, scope);
      }
      case FAILED_TERMINAL -> {
        metrics.failed(kind, scope, true);
        metrics.deadLettered(kind, scope);
      }
    }
  }

  private Duration latency(E event) {
    return event.createdAt() == null
        ? Duration.ZERO
        : Duration.between(event.createdAt(), clock.instant());
  }
}
