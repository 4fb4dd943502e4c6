package dev.omnibox.spi;

import java.time.Duration;

/**
 * Receives what the pipeline counts. Implementations forward to MicroProfile Metrics, Micrometer or
 * another backend; every method must be cheap and must not throw.
 *
 * <p>{@code scope} is the outbox topic or the inbox consumer group.
 *
 * @since 0.1
 */
public interface OmniboxMetrics {

  /** Metrics that go nowhere. */
  OmniboxMetrics NOOP = new OmniboxMetrics() {};

  /** An event was published (outbox) or handled (inbox); {@code latency} runs from its creation. */
  default void completed(EventKind kind, String scope, Duration latency) {}

  /** An attempt failed; {@code counted} is whether it used up an attempt. */
  default void failed(EventKind kind, String scope, boolean counted) {}

  /** An event was scheduled for another attempt. */
  default void retried(EventKind kind, String scope) {}

  /** An event was moved to the dead letters. */
  default void deadLettered(EventKind kind, String scope) {}

  /** An event was skipped (no handler, a duplicate, or the handler's choice). */
  default void skipped(EventKind kind, String scope) {}

  /** An event was marked stale by its handler. */
  default void stale(EventKind kind, String scope) {}

  /** A redelivered message was recognised as a duplicate and not handled again. */
  default void duplicate(String consumerGroup) {}

  /** A batch was processed. */
  default void batch(EventKind kind, int size, Duration duration) {}

  /** A circuit breaker changed state, for example to {@code OPEN}. */
  default void circuitState(String name, String state) {}
}
