package dev.omnibox.pipeline.step;

import static dev.omnibox.pipeline.EventAttributes.attemptNumber;
import static dev.omnibox.pipeline.step.StepLogger.LOG;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.pipeline.ProcessingStep;
import dev.omnibox.pipeline.StepChain;
import dev.omnibox.spi.OmniboxMetrics;
import java.time.Clock;
import java.util.Objects;

/**
 * Stops calling the rest of the chain while a downstream system keeps failing. While the breaker is
 * open, each event gets a retry that does not count, due when the breaker turns half-open.
 *
 * <p>A call fails when it throws or returns RETRY; every other result, FAILED included, is a
 * success, because the downstream system responded. State changes are logged and reported through
 * {@link OmniboxMetrics#circuitState}.
 *
 * @param <E> the event type
 * @since 0.1
 */
public final class CircuitBreakerStep<E extends StoredEvent> implements ProcessingStep<E> {

  private final CircuitBreaker breaker;

  /** Creates a step with its own breaker, whose state changes go to the log and to metrics. */
  public CircuitBreakerStep(CircuitBreakerSettings settings, Clock clock, OmniboxMetrics metrics) {
    Objects.requireNonNull(metrics, "metrics must not be null; use NOOP");
    this.breaker = new CircuitBreaker(settings, clock, reportingTo(metrics));
  }

  /** Creates a step over a breaker shared with other steps, for example one per broker. */
  public CircuitBreakerStep(CircuitBreaker breaker) {
    this.breaker = Objects.requireNonNull(breaker, "breaker must not be null");
  }

  @Override
  public EventHandlerResult process(E event, StepChain<E> next) throws Exception {
    CircuitBreaker.Admission admission = breaker.tryAcquire(event);
    if (!admission.permitted()) {
      String name = breaker.settings().name();
      LOG.breakerRejected(name, breaker.state(), event.id(), admission.retryAt());
      return EventHandlerResult.retry(
          "circuit breaker " + name + " is open; retried at " + admission.retryAt(),
          false,
          admission.retryAt());
    }

    EventHandlerResult result;
    try {
      result = next.proceed(event);
    } catch (Throwable e) {
      breaker.recordFailure(event);
      throw e;
    }
    if (result == null || result.status() == HandlerStatus.RETRY) {
      breaker.recordFailure(event);
    } else {
      breaker.recordSuccess(event);
    }
    return result;
  }

  public CircuitBreaker breaker() {
    return breaker;
  }

  /** Returns a listener that logs each state change and reports it to {@code metrics}. */
  public static CircuitBreaker.Listener reportingTo(OmniboxMetrics metrics) {
    return (breaker, from, to, event) -> {
      String name = breaker.settings().name();
      if (to == CircuitBreaker.State.OPEN) {
        LOG.breakerOpened(
            name, from, event.id(), event.eventType(), attemptNumber(event), breaker.halfOpenAt());
      } else {
        LOG.breakerChanged(name, from, to, event.id(), event.eventType(), attemptNumber(event));
      }
      metrics.circuitState(name, to.name());
    };
  }
}
